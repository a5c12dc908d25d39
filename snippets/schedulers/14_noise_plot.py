#: plot noise_schedules.svg
import matplotlib
from diffusers import DDPMScheduler

matplotlib.use("Agg")
import matplotlib.pyplot as plt

schedules = {
    "linear": DDPMScheduler(beta_schedule="linear"),  # DDPM paper: 1e-4 .. 0.02
    "scaled_linear": DDPMScheduler(  # Stable Diffusion
        beta_schedule="scaled_linear", beta_start=0.00085, beta_end=0.012
    ),
}
grey = "#808080"
plt.rcParams.update(
    {
        "svg.hashsalt": "pytorch-notes",
        "text.color": grey,
        "axes.labelcolor": grey,
        "axes.edgecolor": grey,
        "xtick.color": grey,
        "ytick.color": grey,
    }
)
fig, ax = plt.subplots(figsize=(7, 4))
fig.patch.set_alpha(0)
ax.set_facecolor("none")
for (name, scheduler), color in zip(schedules.items(), ["#2e86de", "#e6550d"]):
    abar = scheduler.alphas_cumprod
    signal, noise = abar.sqrt(), (1 - abar).sqrt()
    print(f"{name:13}", [f"{signal[t]:.3f}" for t in (0, 250, 500, 999)])
    #> linear        ['1.000', '0.722', '0.279', '0.006']
    #> scaled_linear ['1.000', '0.821', '0.526', '0.068']
    ax.plot(
        signal, color=color, linewidth=2, label=name + r": signal $\sqrt{\bar\alpha_t}$"
    )
    ax.plot(
        noise,
        color=color,
        linewidth=2,
        linestyle="--",
        label=name + r": noise $\sqrt{1-\bar\alpha_t}$",
    )
ax.set(xlabel="timestep t", ylabel="scale")
ax.grid(color=grey, alpha=0.3)
ax.legend(frameon=False, loc="lower center", bbox_to_anchor=(0.5, 1), ncol=2)
fig.tight_layout()
plt.savefig("noise_schedules.svg", transparent=True, metadata={"Date": None})
