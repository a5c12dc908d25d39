import torch
from diffusers import DDIMScheduler, UNet2DConditionModel

# An SD 2.x-style UNet (linear projections), tiny. Its config has no prediction type:
# the same weights are read as epsilon or as v only by the scheduler.
unet = UNet2DConditionModel(
    block_out_channels=(32, 64),
    layers_per_block=1,
    down_block_types=("CrossAttnDownBlock2D", "DownBlock2D"),
    up_block_types=("UpBlock2D", "CrossAttnUpBlock2D"),
    cross_attention_dim=32,
    attention_head_dim=(2, 4),
    use_linear_projection=True,
)
print("prediction_type" in unet.config)
#> False

# SD 2.x's scheduler settings; only prediction_type differs between the two.
eps = DDIMScheduler(
    beta_start=0.00085,
    beta_end=0.012,
    beta_schedule="scaled_linear",
    clip_sample=False,
    set_alpha_to_one=False,
    steps_offset=1,
)
v = DDIMScheduler.from_config(eps.config, prediction_type="v_prediction")
print(eps.config.prediction_type, v.config.prediction_type)
#> epsilon v_prediction

# A noisy latent at t = 501, and what a perfect model of each kind outputs there.
torch.manual_seed(0)
x0, noise = torch.randn(1, 4, 8, 8), torch.randn(1, 4, 8, 8)
t = torch.tensor([501])
x_t = eps.add_noise(x0, noise, t)
outputs = {"epsilon": noise, "v_prediction": v.get_velocity(x0, noise, t)}

for trained_as, output in outputs.items():
    for scheduler in (eps, v):
        scheduler.set_timesteps(50)
        x0_hat = scheduler.step(output, 501, x_t).pred_original_sample
        error = (x0_hat - x0).abs().max().item()
        print(
            f"{trained_as:>12} model, {scheduler.config.prediction_type:>12}: {error:.2f}"
        )
        #>      epsilon model,      epsilon: 0.00
        #>      epsilon model, v_prediction: 2.32
        #> v_prediction model,      epsilon: 4.42
        #> v_prediction model, v_prediction: 0.00
