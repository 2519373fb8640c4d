from django.shortcuts import render


def page(request):
    # the layout's autoescape off reaches the block the page fills
    return render(request, "wiki/page.html", {"content": request.GET["content"]})  # expect: xss


def page_note(request):
    # the 'aside' block lies outside the layout's autoescape off
    return render(request, "wiki/page.html", {"note": request.GET["note"]})  # safe: xss


def page_links(request):
    # the sidebar is included inside the layout's autoescape off
    return render(request, "wiki/page.html", {"links": request.GET["links"]})  # expect: xss


def plain_links(request):
    # the same sidebar included without autoescape off is escaped
    return render(request, "wiki/plain.html", {"links": request.GET["links"]})  # safe: xss
