import sys
print("héllo wörld ✓ 日本語 🐍")
print("ünïcode on stderr", file=sys.stderr)
