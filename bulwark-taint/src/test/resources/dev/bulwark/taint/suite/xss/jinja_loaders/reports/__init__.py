"""Report pages rendered with a Jinja2 environment of their own."""
