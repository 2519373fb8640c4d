import logging.config
from logging import config
from logging.config import listen

thread = logging.config.listen(9999)  # expect: BW612
config.listen()  # expect: BW612
listen(port=9000, verify=None)  # expect: BW612
# expect: BW612
logging.config.listen(
    9999,
)

# with a verify function, or not the logging listener, stays clean
logging.config.listen(9999, verify=check_signature)
listen(9999, check_signature)
listen(**settings)
server.listen(9999)
logging.config.dictConfig({})
