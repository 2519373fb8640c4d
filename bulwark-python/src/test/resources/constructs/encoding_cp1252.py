# coding=cp1252
q = "“quoted” — dash"
