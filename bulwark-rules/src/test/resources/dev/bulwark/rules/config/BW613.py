access_level = input()
if access_level != "user‮ ⁦# Check if admin⁩ ⁦":  # expect: BW613
    print("admin")
note = 1  # expect: BW613 (and an isolate inside the comment: ⁧)
label = "שלום‏"  # expect: BW613
both = "‎ x ‭ y"  # expect: BW613

# look-alikes that must stay clean
escaped = "\u202e written as an escape is visible"
hebrew = "שלום"
zero_width = "a​b"
