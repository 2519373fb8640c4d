# one
#two

   # indented comment
