def transfer(user, amount):
    assert user.is_authenticated  # expect: BW101
    assert amount > 0, "amount must be positive"  # expect: BW101
    # expect: BW101
    assert (
        amount < 10_000
    ), "too large"
    return amount


# look-alikes that must stay clean
def check(user):
    if not user.is_authenticated:
        raise PermissionError("login required")
    assertion = "assert x"
    self_assert = user.assert_valid
    return assertion, self_assert
