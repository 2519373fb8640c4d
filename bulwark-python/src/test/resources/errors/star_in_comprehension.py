k = [*a for a in b]
