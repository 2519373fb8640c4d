from transformers import AutoModel, AutoTokenizer
import transformers
from diffusers import DiffusionPipeline
from huggingface_hub import hf_hub_download, snapshot_download
import huggingface_hub as hub

model = AutoModel.from_pretrained("org/model")  # expect: BW615
tokenizer = AutoTokenizer.from_pretrained(name, revision="main")  # expect: BW615
transformers.AutoModelForCausalLM.from_pretrained("org/model", revision="v1.0")  # expect: BW615
pipe = DiffusionPipeline.from_pretrained(model_id)  # expect: BW615
hf_hub_download(repo_id="org/model", filename="model.bin")  # expect: BW615
snapshot_download("org/model", revision="3b2f8c1")  # expect: BW615
hub.hf_hub_download("org/model", "config.json")  # expect: BW615
# expect: BW615
AutoModel.from_pretrained(
    "org/model",
    trust_remote_code=True,
)

# look-alikes that must stay clean
AutoModel.from_pretrained("org/model", revision="0123456789abcdef0123456789abcdef01234567")
hf_hub_download("org/model", "model.bin", revision="0123456789abcdef0123456789abcdef01234567")
snapshot_download("org/model", revision=settings.MODEL_COMMIT)
AutoModel.from_pretrained("./checkpoints/latest")
AutoModel.from_pretrained("/opt/models/bert")
AutoModel.from_pretrained(pretrained_model_name_or_path="~/models/bert")
AutoModel.from_pretrained(name, local_files_only=True)
AutoModel.from_pretrained(name, **options)
other_library.Model.from_pretrained("org/model")
AutoModel.save_pretrained("out")
hub.upload_file(path_or_fileobj="model.bin", path_in_repo="model.bin", repo_id="org/model")
