from django.shortcuts import render
from django.template.loader import get_template, render_to_string
from django.template.response import TemplateResponse
from django.utils.html import escape


def post(request):
    return render(request, "blog/post.html", {"body": request.GET["body"]})  # expect: xss


def post_title(request):
    # Django escapes 'title' by default
    return render(request, "blog/post.html", {"title": request.GET["t"], "body": "fixed"})  # safe: xss


def post_escaped(request):
    return render(request, "blog/post.html", {"body": escape(request.GET["body"])})  # safe: xss


def preview(request):
    ctx = {"text": request.POST.get("text", "")}
    return TemplateResponse(request, "blog/preview.html", ctx)  # expect: xss


def preview_constant(request):
    ctx = {"text": "nothing to see"}
    return TemplateResponse(request, "blog/preview.html", ctx)  # safe: xss


def snippet(request):
    html = render_to_string("blog/post.html", {"body": request.GET["b"]})  # expect: xss
    return html


def loaded(request):
    template = get_template("blog/preview.html")
    page = get_template("blog/preview.html").render({"text": request.GET["x"]})  # expect: xss
    return template, page


def thread(request):
    # {% with reply=comment.text|safe %} prints the comment unescaped
    comment = {"text": request.POST["text"]}
    return render(request, "blog/thread.html", {"comment": comment})  # expect: xss


def thread_author(request):
    return render(request, "blog/thread.html", {"author": request.POST["author"]})  # safe: xss
