from django.views import View


class SectionView(View):
    """The project's base view: the views of other modules derive from it."""

    section_field = "section"
