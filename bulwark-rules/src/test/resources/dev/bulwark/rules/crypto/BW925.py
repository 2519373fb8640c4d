import warnings

import requests
import urllib3
from urllib3.exceptions import InsecureRequestWarning

urllib3.disable_warnings()  # expect: BW925
urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)  # expect: BW925
requests.packages.urllib3.disable_warnings(InsecureRequestWarning)  # expect: BW925
urllib3.disable_warnings(category=urllib3.exceptions.SubjectAltNameWarning)  # expect: BW925
warnings.filterwarnings("ignore", category=InsecureRequestWarning)  # expect: BW925
warnings.simplefilter("ignore", InsecureRequestWarning)  # expect: BW925
# expect: BW925
warnings.filterwarnings(
    "ignore",
    "",
    InsecureRequestWarning,
)

# look-alikes that must stay clean
warnings.filterwarnings("ignore", category=DeprecationWarning)
warnings.simplefilter("error", InsecureRequestWarning)
warnings.filterwarnings("always", category=InsecureRequestWarning)
logging.disable_warnings()


def shadowed(urllib3):
    urllib3.disable_warnings()
