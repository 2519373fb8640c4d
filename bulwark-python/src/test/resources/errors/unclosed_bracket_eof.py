items = [1,
