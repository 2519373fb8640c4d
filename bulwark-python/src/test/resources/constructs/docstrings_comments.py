"""Module docstring."""
# comment
'''second string is an expression too'''

def f():
    """Function docstring."""
    # comment in body
    return 1  # trailing


class C:
    'class docstring'

    x = 1  # comment
    # final comment


def g():
    # only a comment, then a statement
    pass
    # dangling comment at end of block
# dedented comment
