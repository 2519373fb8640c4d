import shutil
from shutil import unpack_archive

shutil.unpack_archive(upload_path, workdir)  # expect: BW944
unpack_archive(upload_path, workdir, "gztar")  # expect: BW944
shutil.unpack_archive(upload_path, workdir, filter="fully_trusted")  # expect: BW944
shutil.unpack_archive("vendor/bundle.tar.gz", workdir)  # expect: BW944
# expect: BW944
shutil.unpack_archive(
    upload_path,
    extract_dir=workdir,
)

# look-alikes that must stay clean
shutil.unpack_archive(upload_path, workdir, filter="data")
shutil.unpack_archive(upload_path, workdir, filter="tar")
shutil.unpack_archive(upload_path, workdir, filter=member_filter)
shutil.unpack_archive(upload_path, workdir, format="zip")
shutil.unpack_archive("bundle.zip", workdir)
shutil.unpack_archive(upload_path, workdir, **options)
shutil.make_archive(base, "gztar", root)
zipfile.ZipFile(upload_path).extractall(workdir)
other.unpack_archive(upload_path, workdir)
