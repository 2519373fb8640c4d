from django.db.models import RawSQL
from django.db.models.expressions import RawSQL as Raw
import django.db.models

item_id = input()
queryset.annotate(val=RawSQL(f"SELECT col FROM t WHERE id = {item_id}", ()))  # expect: BW611
queryset.annotate(val=Raw("SELECT col FROM t WHERE id = %s" % item_id, ()))  # expect: BW611
queryset.annotate(val=django.db.models.RawSQL(item_id, ()))  # expect: BW611
queryset.filter(id__in=RawSQL(sql=build_query(), params=[]))  # expect: BW611

# constant SQL with params stays clean
queryset.annotate(val=RawSQL("SELECT col FROM t WHERE id = %s", (item_id,)))
QUERY = "SELECT col FROM t WHERE id = %s"
queryset.annotate(val=RawSQL(QUERY, (item_id,)))
queryset.annotate(val=RawSQL("SELECT col FROM t WHERE id = %d" % int(item_id), ()))
other.RawSQL(item_id, ())
