if x:
	if y:
		pass
	else:
		q = 1

if a:
    b = 1
    if c:
        d = 2
  # odd comment
    e = 3

class K:
  def m(self):
   return 1
  def n(self):
          return 2

if p:
        x = 1
if q:
	x = 2

if r:
	        x = 3
	        y = 4
