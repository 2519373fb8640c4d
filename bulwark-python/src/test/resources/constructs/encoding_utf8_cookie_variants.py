# -*- coding: UTF8 -*-
x = "é"
