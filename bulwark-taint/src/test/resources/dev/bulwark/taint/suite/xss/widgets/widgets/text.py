import html


class Markup:
    @staticmethod
    def plain(value):
        return value

    @staticmethod
    def escaped(value):
        return html.escape(value)

    @classmethod
    def bold(cls, value):
        return "<b>" + value + "</b>"

    @classmethod
    def placeholder(cls, value):
        return cls.__name__


def make_formatter(prefix):
    def fmt(value):
        return prefix + value
    return fmt


def make_masker():
    def mask(value):
        return "hidden"
    return mask


def apply(fn, value):
    return fn(value)


def notify(callback, message):
    callback(message)
    return True
