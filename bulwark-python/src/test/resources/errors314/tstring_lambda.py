r = t"{lambda: 1}"
