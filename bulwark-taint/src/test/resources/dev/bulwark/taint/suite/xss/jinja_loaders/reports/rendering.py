import os
from pathlib import Path

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PackageLoader, select_autoescape

HERE = Path(__file__).resolve().parent

# layouts beside this module, then the package's e-mail templates
env = Environment(
    loader=ChoiceLoader([FileSystemLoader(HERE / "layouts"), PackageLoader("reports", "emails")]),
    autoescape=select_autoescape(),
)

# relative to the working directory: the service is started from the project root
site = Environment(loader=FileSystemLoader(["site_templates", os.path.join("partials")]))
