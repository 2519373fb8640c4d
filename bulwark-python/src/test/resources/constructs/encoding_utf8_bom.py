# with BOM
x = "é"
