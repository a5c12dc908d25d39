import os

# Read once, when huggingface_hub is first imported: set it before any HF import
# (or export HF_HUB_OFFLINE=1 in the shell).
os.environ["HF_HUB_OFFLINE"] = "1"

import tempfile

import torch
from diffusers import StableDiffusionPipeline

key = "cond_stage_model.transformer.text_model.embeddings.position_embedding.weight"
with tempfile.TemporaryDirectory() as tmp:
    checkpoint = os.path.join(tmp, "model.ckpt")
    torch.save({"state_dict": {key: torch.zeros(77, 32)}}, checkpoint)
    yaml_file = os.path.join(tmp, "v1-inference.yaml")
    with open(yaml_file, "w") as f:
        f.write("model:\n  params:\n    linear_start: 0.00085\n    linear_end: 0.012\n")

    # No config: diffusers guesses the Hub repo of the model type and, when
    # local_files_only=True finds nothing cached, retries *online* on purpose.
    try:
        StableDiffusionPipeline.from_single_file(checkpoint, local_files_only=True)
    except OSError as e:
        print(type(e).__name__, "<-", type(e.__cause__).__name__)
        #> LocalEntryNotFoundError <- OfflineModeIsEnabled
        print(str(e.__cause__).split(": offline")[0])
        """
        Cannot reach https://huggingface.co/api/models/stable-diffusion-v1-5/stable-diffusion-v1-5/revision/main
        """

    # Only a yaml: it describes the UNet and the VAE, not the text encoder or the
    # tokenizer, whose configs diffusers then fetches (openai/clip-vit-large-patch14).
    try:
        StableDiffusionPipeline.from_single_file(
            checkpoint, original_config=yaml_file, local_files_only=True
        )
    except OSError as e:
        first, rest = str(e).splitlines()[0].split(", and ")
        print(f"{type(e).__name__}: {first},")
        #> OSError: We couldn't connect to 'https://huggingface.co' to load the files,
        print(f"and {rest}")
        #> and couldn't find them in the cached files.
