import joblib
import numpy as np
from joblib import load as jl_load
from numpy import load

clf = joblib.load(uploaded_path)  # expect: BW940
jl_load(path)  # expect: BW940
arr = np.load(path, allow_pickle=True)  # expect: BW940
load(path, None, True)  # expect: BW940
model = joblib.load("model.joblib")  # expect: BW940
# expect: BW940
data = np.load(
    path,
    allow_pickle=1,
)

# look-alikes that must stay clean
np.load(path)
np.load(path, allow_pickle=False)
np.load(path, mmap_mode="r")
np.loadtxt(path)
joblib.dump(clf, path)
json.load(f)
other.load(path, allow_pickle=True)


def shadowed(joblib):
    return joblib.load(path)
