r = f"{lambda: 1}"
