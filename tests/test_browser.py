"""Real-browser tests (Chromium + Playwright) on the built site: search, copy, language switch."""

from __future__ import annotations

import pytest

import sitemodel

# `make test` runs on two workers (pytest-xdist): the tests on the one built site share one.
pytestmark = pytest.mark.xdist_group("site")

ROOT = sitemodel.ROOT
PREFIX = {lang.locale: lang.prefix for lang in sitemodel.languages()}

# (query, language of the page searched from, page expected as the FIRST result)
SEARCHES = [
    ("clip_grad_norm_", "en", "optimizers/"),
    ("random_split", "en", "data/"),
    ("weights_only", "en", "saving/"),
    ("DDPMScheduler", "en", "schedulers/"),
    ("permute", "en", "tensors/"),
    ("unsqueeze", "en", "tensors/"),
    ("from_numpy", "en", "tensors/"),
    ("requires_grad", "en", "autograd/"),
    ("retain_grad", "en", "autograd/"),
    ("inference_mode", "en", "autograd/"),
    ("CrossEntropyLoss", "en", "modules/"),
    ("BCEWithLogitsLoss", "en", "modules/"),
    ("Conv2d", "en", "modules/"),
    ("DataLoader", "en", "data/"),
    ("IterableDataset", "en", "data/"),
    ("collate", "en", "data/"),
    ("AdamW", "en", "optimizers/"),
    ("StepLR", "en", "schedulers/"),
    ("ReduceLROnPlateau", "en", "schedulers/"),
    ("SequentialLR", "en", "schedulers/"),
    ("add_noise", "en", "schedulers/"),
    ("safe_globals", "en", "saving/"),
    ("map_location", "en", "saving/"),
    ("torch.export", "en", "saving/"),
    ("current_accelerator", "en", "devices/"),
    ("sm_120", "en", "devices/"),
    ("from_single_file", "en", "stable-diffusion/"),
    ("save_pretrained", "en", "stable-diffusion/"),
    ("epoch", "en", "training/"),
    ("梯度裁剪", "zh", "zh/optimizers/"),
    ("学习率调度器", "zh", "zh/schedulers/"),
    ("数据加载器", "zh", "zh/data/"),
    ("叶子张量", "zh", "zh/autograd/"),
    ("噪声调度器", "zh", "zh/schedulers/"),
    ("损失函数", "zh", "zh/modules/"),
    ("检查点", "zh", "zh/saving/"),
    ("混合精度", "zh", "zh/devices/"),
    ("轮次", "zh", "zh/training/"),
    # a layer's class name finds Modules (not a page that merely uses the layer)
    ("Linear", "en", "modules/"),
    ("LinearLR", "en", "schedulers/"),
    ("Dropout", "en", "modules/"),
    ("Embedding", "en", "modules/"),
    ("LayerNorm", "en", "modules/"),
    ("MultiheadAttention", "en", "modules/"),
    ("BatchNorm1d", "en", "modules/"),
    ("Sequential", "en", "modules/"),
    ("MSELoss", "en", "modules/"),
    # a Chinese term that is one word of the index is searched as that word
    # (docs/hooks/search_split.py fixes Material's query segmentation)
    ("权重衰减", "zh", "zh/optimizers/"),
    ("动量", "zh", "zh/optimizers/"),
    ("参数组", "zh", "zh/optimizers/"),
    ("缓冲区", "zh", "zh/modules/"),
    ("广播", "zh", "zh/tensors/"),
    # each concept the pages teach (issue 12) lands on the page that explains it
    ("broadcasting", "en", "tensors/"),
    ("masked_fill", "en", "tensors/"),
    ("keepdim", "en", "tensors/"),
    ("result_type", "en", "tensors/"),
    ("register_hook", "en", "autograd/"),
    ("use_reentrant", "en", "autograd/"),
    ("detect_anomaly", "en", "autograd/"),
    ("ModuleList", "en", "modules/"),
    ("named_modules", "en", "modules/"),
    ("kaiming_normal_", "en", "modules/"),
    ("scaled_dot_product_attention", "en", "modules/"),
    ("pad_sequence", "en", "data/"),
    ("WeightedRandomSampler", "en", "data/"),
    ("worker_init_fn", "en", "data/"),
    ("ImageFolder", "en", "data/"),
    ("AveragedModel", "en", "optimizers/"),
    ("SWALR", "en", "optimizers/"),
    ("OneCycleLR", "en", "schedulers/"),
    ("LambdaLR", "en", "schedulers/"),
    ("ChainedScheduler", "en", "schedulers/"),
    ("prediction_type", "en", "schedulers/"),
    ("timestep_spacing", "en", "schedulers/"),
    ("init_noise_sigma", "en", "schedulers/"),
    ("consume_prefix_in_state_dict_if_present", "en", "saving/"),
    ("mmap", "en", "saving/"),
    ("upcast_attention", "en", "stable-diffusion/"),
    ("StableDiffusionXLPipeline", "en", "stable-diffusion/"),
    ("extract_ema", "en", "stable-diffusion/"),
    ("seed_everything", "en", "training/"),
    ("类型提升", "zh", "zh/tensors/"),
    ("布尔掩码", "zh", "zh/tensors/"),
    ("归约", "zh", "zh/tensors/"),
    ("核函数", "zh", "zh/tensors/"),
    ("版本计数器", "zh", "zh/autograd/"),
    ("激活检查点", "zh", "zh/autograd/"),
    ("异常检测", "zh", "zh/autograd/"),
    ("权重初始化", "zh", "zh/modules/"),
    ("语义分割", "zh", "zh/modules/"),
    ("注意力", "zh", "zh/modules/"),
    ("滑动统计量", "zh", "zh/modules/"),
    ("采样器", "zh", "zh/data/"),
    ("类别不平衡", "zh", "zh/data/"),
    ("数据增强", "zh", "zh/data/"),
    ("指数移动平均", "zh", "zh/optimizers/"),
    ("随机权重平均", "zh", "zh/optimizers/"),
    ("单周期", "zh", "zh/schedulers/"),
    ("预测类型", "zh", "zh/schedulers/"),
    ("时间步间隔", "zh", "zh/schedulers/"),
    ("内存映射", "zh", "zh/saving/"),
    ("恢复训练", "zh", "zh/saving/"),
    ("随机种子", "zh", "zh/training/"),
    ("早停", "zh", "zh/training/"),
    ("最佳检查点", "zh", "zh/training/"),
    # beyond one process (issue 13)
    ("GradScaler", "en", "scaling/"),
    ("unscale_", "en", "scaling/"),
    ("_orig_mod", "en", "scaling/"),
    ("empty_cache", "en", "scaling/"),
    ("set_float32_matmul_precision", "en", "scaling/"),
    ("use_deterministic_algorithms", "en", "scaling/"),
    ("DistributedSampler", "en", "scaling/"),
    ("fully_shard", "en", "scaling/"),
    ("torchrun", "en", "scaling/"),
    ("图中断", "zh", "zh/scaling/"),
    ("分布式数据并行", "zh", "zh/scaling/"),
    ("梯度缩放", "zh", "zh/scaling/"),
    ("显存", "zh", "zh/scaling/"),
    ("确定性", "zh", "zh/scaling/"),
    ("clip_grad_norm_", "zh", "zh/optimizers/"),
    ("random_split", "zh", "zh/data/"),
]


def search(page, server: str, lang: str, query: str) -> list[str]:
    """Type a query into Material's search box; return the result URLs, best first."""
    page.goto(server + PREFIX[lang])
    page.keyboard.press("/")  # Material's shortcut: focus the search box
    box = page.locator("input.md-search__input")
    box.fill(query)
    box.press("End")  # Material's search listens to keyup
    page.wait_for_selector(".md-search-result__item", timeout=15_000)
    hrefs = page.eval_on_selector_all(
        ".md-search-result__list > li > a", "els => els.map(e => e.href)"
    )
    return [h.removeprefix(server).split("#")[0].split("?")[0] for h in hrefs]


@pytest.mark.parametrize(("query", "lang", "expected"), SEARCHES, ids=[f"{lang}:{q}" for q, lang, _ in SEARCHES])
def test_search_finds_the_explaining_page_first(page, server, query, lang, expected):
    results = search(page, server, lang, query)
    assert results, f"no results for {query!r} from the {lang} site"
    in_lang = [r for r in results if sitemodel.language_of_path(r) == lang]
    assert in_lang == results, f"{query!r} from {lang}: results in another language: {results}"
    assert results[0] == expected, (
        f"{query!r} from {lang}: first result {results[0]}, want {expected}; all: {results[:5]}"
    )


def test_copy_button_copies_the_snippet_exactly(page, server):
    page.goto(server + "tensors/")
    block = page.locator(".md-typeset pre").first
    block.hover()
    block.locator("button[data-md-type=copy]").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    snippet = (ROOT / "snippets" / "tensors" / "01_what_is_a_tensor.py").read_text(encoding="utf-8")
    assert copied.rstrip("\n") == snippet.rstrip("\n")


@pytest.mark.parametrize(("start", "lang", "landing"), [("tensors/", "zh", "zh/tensors/"), ("zh/data/", "en", "data/")])
def test_language_switcher_keeps_the_page(page, server, start, lang, landing):
    page.goto(server + start)
    page.locator(".md-header__option .md-select").hover()
    page.locator(f'.md-select__link[hreflang="{lang}"]').click()
    page.wait_for_url(server + landing)
    assert page.url == server + landing
