import sys
print "hello"
