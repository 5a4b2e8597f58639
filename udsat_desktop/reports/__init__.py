"""Summary PDFs and their signatures. Imports `core` and `platform` only."""

import logging

# pyHanko logs every signer it cannot chain to a trusted CA as a WARNING with a traceback and
# the certificate's subject (a reviewer's name). Here that is the normal case: members'
# certificates are self-signed and trusted through the signed roster (sync/trust.py), and the
# verdict (reports/verify.py) says what was and was not established. Errors still reach the log.
logging.getLogger("pyhanko.sign.validation.generic_cms").setLevel(logging.ERROR)
