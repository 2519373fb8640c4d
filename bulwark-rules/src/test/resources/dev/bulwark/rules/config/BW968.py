is_admin = "pass‍word"  # expect: BW968
role = input()
if role == "admin⁠":  # expect: BW968
    print("granted")
ㅤ = "hangul filler as a name"  # expect: BW968
word = "pass­word"  # expect: BW968
beep = "[31mred"  # expect: BW968
zwsp = "to​ken"  # expect: BW968
x͏y = 1  # expect: BW968

# look-alikes that must stay clean
family = "👨‍👩‍👧"
persian = "می‌خواهم"
escaped = "\u200b written as an escape"
note = 1  # a zero-width space inside a comment: ​
