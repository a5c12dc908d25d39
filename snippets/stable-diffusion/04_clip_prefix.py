import torch
from diffusers.loaders.single_file_utils import convert_ldm_clip_checkpoint
from transformers import CLIPTextConfig, CLIPTextModel

torch.manual_seed(0)
config = CLIPTextConfig(
    vocab_size=64,
    hidden_size=32,
    num_hidden_layers=2,
    num_attention_heads=4,
    bos_token_id=0,
    eos_token_id=1,
    pad_token_id=1,
)
trained = CLIPTextModel(config)
# In an SD v1 checkpoint the text encoder sits under this prefix:
checkpoint = {
    f"cond_stage_model.transformer.text_model.{k}": v
    for k, v in trained.state_dict().items()
}
# diffusers drops "cond_stage_model.transformer." and keeps the rest of each name.
converted = convert_ldm_clip_checkpoint(checkpoint)
fresh = CLIPTextModel(config)
print(next(iter(converted)))
#> text_model.embeddings.token_embedding.weight
print(next(iter(fresh.state_dict())))  # recent transformers: no "text_model." level
#> embeddings.token_embedding.weight

try:
    fresh.load_state_dict(converted)  # strict=True by default
except RuntimeError as e:
    print("Missing key(s)" in str(e), "Unexpected key(s)" in str(e))
    #> True True
result = fresh.load_state_dict(converted, strict=False)  # silently loads nothing
print(len(result.missing_keys), len(result.unexpected_keys))
#> 36 36

fixed = {k.removeprefix("text_model."): v for k, v in converted.items()}
print(fresh.load_state_dict(fixed))
#> <All keys matched successfully>
same = [torch.equal(v, trained.state_dict()[k]) for k, v in fresh.state_dict().items()]
print(all(same))
#> True
