with open("data.txt", encoding="utf-8") as f:
    print("input", f.read().strip().upper())
