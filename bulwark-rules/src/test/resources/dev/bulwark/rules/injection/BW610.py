from django.db import models

headline = input()
Entry.objects.extra(where=[f"headline = '{headline}'"])  # expect: BW610
Entry.objects.extra(select={"is_recent": "pub_date > '%s'" % headline})  # expect: BW610
Entry.objects.extra(tables=[headline])  # expect: BW610
Entry.objects.extra(order_by=[headline])  # expect: BW610
Entry.objects.extra(None, conditions)  # expect: BW610
Entry.objects.extra(select=columns)  # expect: BW610
Entry.objects.extra(**options)  # expect: BW610
# expect: BW610
Entry.objects.all().extra(
    select={headline: "1"},
)

# constant fragments with values passed as params stay clean
Entry.objects.extra(where=["headline = %s"], params=[headline])
Entry.objects.extra(select={"is_recent": "pub_date > '2006-01-01'"})
RECENT = {"is_recent": "pub_date > %s"}
Entry.objects.extra(select=RECENT, select_params=(headline,))
Entry.objects.extra(tables=("blog_author",), where=("blog_author.id = author_id",))
Entry.objects.extra(None, None, [headline])
Entry.objects.extra()
Entry.objects.filter(headline=headline)
