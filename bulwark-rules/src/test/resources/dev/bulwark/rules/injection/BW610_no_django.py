import pandas as pd

frame = pd.DataFrame()
frame.extra(where=[input()])
