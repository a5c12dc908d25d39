from diffusers import (
    DDIMScheduler,
    DPMSolverMultistepScheduler,
    DPMSolverSinglestepScheduler,
    EulerAncestralDiscreteScheduler,
    EulerDiscreteScheduler,
    HeunDiscreteScheduler,
    UniPCMultistepScheduler,
)

# A Stable Diffusion v1 scheduler config (pipe.scheduler.config in a real pipeline).
config = DDIMScheduler(
    beta_schedule="scaled_linear", beta_start=0.00085, beta_end=0.012, steps_offset=1
).config

# A1111 / k-diffusion name -> diffusers class and options (diffusers' own table).
A1111 = {
    "DPM++ 2M": (DPMSolverMultistepScheduler, {}),
    "DPM++ 2M Karras": (DPMSolverMultistepScheduler, {"use_karras_sigmas": True}),
    "DPM++ 2M SDE Karras": (
        DPMSolverMultistepScheduler,
        {"algorithm_type": "sde-dpmsolver++", "use_karras_sigmas": True},
    ),
    # lower_order_final=True: diffusers sets it itself anyway, with a logged notice
    "DPM++ SDE": (DPMSolverSinglestepScheduler, {"lower_order_final": True}),
    "Euler": (EulerDiscreteScheduler, {}),
    "Euler a": (EulerAncestralDiscreteScheduler, {}),
    "Heun": (HeunDiscreteScheduler, {}),
    "DDIM": (DDIMScheduler, {}),
    "UniPC": (UniPCMultistepScheduler, {}),
}
for name, (cls, options) in A1111.items():
    scheduler = cls.from_config(config, **options)  # pipe.scheduler = ... likewise
    scheduler.set_timesteps(20)
    first = [int(t) for t in scheduler.timesteps[:3]]
    print(f"{name:19} {cls.__name__:31} {first}")
    #> DPM++ 2M            DPMSolverMultistepScheduler     [999, 949, 899]
    #> DPM++ 2M Karras     DPMSolverMultistepScheduler     [999, 962, 921]
    #> DPM++ 2M SDE Karras DPMSolverMultistepScheduler     [999, 962, 921]
    #> DPM++ SDE           DPMSolverSinglestepScheduler    [999, 949, 899]
    #> Euler               EulerDiscreteScheduler          [999, 946, 893]
    #> Euler a             EulerAncestralDiscreteScheduler [999, 946, 893]
    #> Heun                HeunDiscreteScheduler           [999, 946, 946]
    #> DDIM                DDIMScheduler                   [951, 901, 851]
    #> UniPC               UniPCMultistepScheduler         [999, 949, 899]
