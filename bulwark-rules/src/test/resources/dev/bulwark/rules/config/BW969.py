import logging
import pwd

logger = logging.getLogger(__name__)
audit = logging.getLogger("audit")


def login(request, user, password, api_token):
    logger.info("login %s with %s", user, password)  # expect: BW969
    logging.debug(f"token is {api_token}")  # expect: BW969
    audit.warning("POST password=%s" % request.POST["password"])  # expect: BW969
    logger.error("secret: {}".format(request.POST.get("client_secret")))  # expect: BW969
    logger.log(logging.INFO, "creds: " + str(user.password))  # expect: BW969
    logger.info("session", extra={"token": request.session.token})  # expect: BW969


class Service:
    def connect(self):
        self.log.debug("connecting with %r", (self.host, self.db_password))  # expect: BW969


# look-alikes that must stay clean
def fine(user, password, token_url, hashed_password, next_token, acquire_token):
    logger.info("password changed for %s", user)
    logger.info("token url %s", token_url)
    logger.info("password length %d", len(password))
    logger.info("masked %s", mask(password))
    logger.info("hash %s", hashed_password)
    logger.info("has password: %s", password is not None)
    logger.info("user db %s", pwd)
    print("password", password)
    results.info("x", password)
    logger.debug("page %s", next_token)
    logger.debug(f"releasing {acquire_token}")
