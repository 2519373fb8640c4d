import ftplib
from ftplib import FTP

ftp = ftplib.FTP("files.example.com")  # expect: BW321
with FTP("mirror.example.com") as conn:  # expect: BW321
    conn.login()

# look-alikes that must stay clean
secure = ftplib.FTP_TLS("files.example.com")
secure.prot_p()
other.FTP("x")


def shadowed(ftplib):
    return ftplib.FTP("x")
