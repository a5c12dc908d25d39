import tempfile

import torch
from diffusers.loaders.single_file_utils import (
    create_diffusers_clip_model_from_ldm,
    is_clip_model_in_single_file,
)
from safetensors.torch import load_file
from transformers import CLIPTextConfig, CLIPTextModel

torch.manual_seed(0)
text_encoder = CLIPTextModel(  # the page's tiny text encoder
    CLIPTextConfig(
        vocab_size=54,
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=4,
        bos_token_id=0,
        eos_token_id=1,
        pad_token_id=1,
    )
)
with tempfile.TemporaryDirectory() as folder:
    text_encoder.save_pretrained(f"{folder}/text_encoder")  # as pipe.save_pretrained
    weights = load_file(f"{folder}/text_encoder/model.safetensors")
    print(next(iter(weights)))  # transformers 5.23: no "text_model." level
    #> embeddings.position_embedding.weight

    # convert_diffusers_to_original_stable_diffusion.py only adds the prefix ...
    prefix = "cond_stage_model.transformer."
    script = {prefix + k: v for k, v in weights.items()}
    # ... while SD v1 files have text_model. in between (older transformers saved it).
    fixed = {prefix + "text_model." + k: v for k, v in weights.items()}

    for name, checkpoint in (("script", script), ("fixed", fixed)):
        found = is_clip_model_in_single_file(CLIPTextModel, checkpoint)
        try:  # how from_single_file builds the text encoder from a single file
            loaded = create_diffusers_clip_model_from_ldm(
                CLIPTextModel, checkpoint, subfolder="text_encoder", config=folder
            )
            loaded = loaded.state_dict()
            same = all(torch.equal(loaded[k], weights[k]) for k in weights)
            result = f"same weights: {same}"
        except ValueError as err:
            result = f"{type(err).__name__}: {err}"
        print(f"{name}: found {found}; {result}")
        """
        script: found False; ValueError: The provided checkpoint does not seem to contain a valid CLIP model.
        """
        #> fixed: found True; same weights: True
