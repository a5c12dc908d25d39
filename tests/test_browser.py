"""Real-browser tests (Chromium + Playwright) on the built site: search, copy, language switch,
instant navigation."""

from __future__ import annotations

import pytest

from pytorch_notes import model
from support import SEARCH_WORKER_RE, SIZES, questions, without_search

ROOT = model.ROOT

# (query, language of the page searched from, the page that explains it): an API's or a
# term's name finds its page among the first three results
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
    ("梯度裁剪", "zh", "optimizers/"),
    ("学习率调度器", "zh", "schedulers/"),
    ("数据加载器", "zh", "data/"),
    ("叶子张量", "zh", "autograd/"),
    ("噪声调度器", "zh", "schedulers/"),
    ("损失函数", "zh", "modules/"),
    ("检查点", "zh", "saving/"),
    ("混合精度", "zh", "devices/"),
    ("轮次", "zh", "training/"),
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
    # (the site.s search worker segments the query: pytorch_notes/search.py)
    ("权重衰减", "zh", "optimizers/"),
    ("动量", "zh", "optimizers/"),
    ("参数组", "zh", "optimizers/"),
    ("缓冲区", "zh", "modules/"),
    ("广播", "zh", "tensors/"),
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
    ("类型提升", "zh", "tensors/"),
    ("布尔掩码", "zh", "tensors/"),
    ("归约", "zh", "tensors/"),
    ("核函数", "zh", "tensors/"),
    ("版本计数器", "zh", "autograd/"),
    ("激活检查点", "zh", "autograd/"),
    ("异常检测", "zh", "autograd/"),
    ("权重初始化", "zh", "modules/"),
    ("语义分割", "zh", "modules/"),
    ("注意力", "zh", "modules/"),
    ("滑动统计量", "zh", "modules/"),
    ("采样器", "zh", "data/"),
    ("类别不平衡", "zh", "data/"),
    ("数据增强", "zh", "data/"),
    ("指数移动平均", "zh", "optimizers/"),
    ("随机权重平均", "zh", "optimizers/"),
    ("单周期", "zh", "schedulers/"),
    ("预测类型", "zh", "schedulers/"),
    ("时间步间隔", "zh", "schedulers/"),
    ("内存映射", "zh", "saving/"),
    ("恢复训练", "zh", "saving/"),
    ("随机种子", "zh", "training/"),
    ("早停", "zh", "training/"),
    ("最佳检查点", "zh", "training/"),
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
    ("图中断", "zh", "scaling/"),
    ("分布式数据并行", "zh", "scaling/"),
    ("梯度缩放", "zh", "scaling/"),
    ("显存", "zh", "scaling/"),
    ("确定性", "zh", "scaling/"),
    ("clip_grad_norm_", "zh", "optimizers/"),
    ("random_split", "zh", "data/"),
]


@pytest.fixture(scope="module")
def search_box(browser_context, served):
    """search_box(lang): a page of that language with Material's search open, loaded once
    per language: each load builds the search index in the browser (about a second), so
    the queries are typed one after another into the same box."""
    opened = {}

    def get(lang: str):
        if lang not in opened:
            page = browser_context.new_page()
            page.goto(served.url(lang))
            page.keyboard.press("/")  # Material's shortcut: focus the search box
            opened[lang] = page
        return opened[lang]

    yield get
    for page in opened.values():
        page.close()


def search(page, served, query: str) -> list[str]:
    """Type a query into Material's search box; return the result URLs, best first."""
    box = page.locator("input.md-search__input")
    box.fill("")  # the previous query's results go first, so none of them is read as this one's
    box.press("End")  # Material's search listens to keyup
    page.wait_for_selector(".md-search-result__item", state="detached", timeout=15_000)
    box.fill(query)
    box.press("End")
    page.wait_for_selector(".md-search-result__item", timeout=15_000)
    assert box.input_value() == query
    return page.eval_on_selector_all(".md-search-result__list > li > a", "els => els.map(e => e.href)")


@pytest.mark.parametrize(("query", "lang", "expected"), SEARCHES, ids=[f"{lang}:{q}" for q, lang, _ in SEARCHES])
def test_a_name_finds_its_page(search_box, served, query, lang, expected):
    results = search(search_box(lang), served, query)
    assert results, f"no results for {query!r} from the {lang} site"
    in_lang = [served.lang_of(r) for r in results]
    assert set(in_lang) == {lang}, f"{query!r} from {lang}: results in another language: {results}"
    pages = [group[0] for group in shown(search_box(lang), served)]
    assert expected in pages[:3], f"{query!r} from {lang}: {expected} is not among the first three pages: {pages[:5]}"


def shown(page, served) -> list[list[str]]:
    """The results a reader sees, page by page, best first: each page's link, then the links
    of its sections that Material shows (its best ones; the rest it folds under "more"), as
    'tensors/#view-vs-reshape'."""
    groups = page.eval_on_selector_all(
        ".md-search-result__list > li",
        "items => items.map(li => Array.from(li.querySelectorAll(':scope > a')).map(a => a.href))")
    out = []
    for hrefs in groups:
        targets = []
        for href in hrefs:
            path, _, anchor = href.partition("#")
            targets.append(served.path_of(path) + (f"#{anchor}" if anchor else ""))
        out.append(targets)
    return out


QUESTIONS = questions()


@pytest.mark.parametrize("q", QUESTIONS, ids=[f"{q.lang}:{q.page}:{q.line}" for q in QUESTIONS])
def test_a_readers_question_finds_its_answer(search_box, served, q):
    """tests/questions.tsv: every question, typed as readers type it, shows the section that
    answers it in one of the first three results (pages, each with the sections Material
    shows of it), in the question's language."""
    page = search_box(q.lang)
    search(page, served, q.query)
    groups = shown(page, served)
    assert any(q.target in group for group in groups[:3]), (
        f"tests/questions.tsv:{q.line}: {q.query!r} ({q.lang}) does not show {q.target} in its first three "
        f"results: {groups[:3]}")


def test_the_page_fixture_stubs_the_search_worker(page, served):
    """support.without_search matches the worker this Material loads (else the tests that
    use `page` pay for the index again, unseen), and the page raises nothing without it."""
    stubbed, errors = [], []
    page.on("requestfinished", lambda r: SEARCH_WORKER_RE.search(r.url) and stubbed.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(served.url("en", "tensors/"))
    page.wait_for_load_state("networkidle")
    assert stubbed, "no request matched support.SEARCH_WORKER_RE: has Material's worker another name?"
    assert page.evaluate("document.querySelector('[data-md-component=search]') !== null")
    assert not errors, errors


def test_copy_button_copies_the_snippet_exactly(page, served):
    page.goto(served.url("en", "tensors/"))
    block = page.locator(".md-typeset pre").first
    block.hover()
    block.locator("button[data-md-type=copy]").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    snippet = (ROOT / "snippets" / "tensors" / "01_what_is_a_tensor.py").read_text(encoding="utf-8")
    assert copied.rstrip("\n") == snippet.rstrip("\n")


@pytest.mark.parametrize(("start", "lang"), [(("en", "tensors/"), "zh"), (("zh", "data/"), "en")])
def test_language_switcher_keeps_the_page(page, served, start, lang):
    page.goto(served.url(*start))
    page.locator(".md-header__option .md-select").hover()
    page.locator(f'.md-select__link[hreflang="{lang}"]').click()
    page.wait_for_url(served.url(lang, start[1]))
    assert page.url == served.url(lang, start[1])


def test_a_second_page_view_is_no_full_reload(search_page, served):
    """navigation.instant: following a link of the site replaces the page's content without
    loading it again, so the assets and the search worker (with its built index) are the
    ones already there, in every language."""
    page = search_page
    for lang in model.locales():
        page.goto(served.url(lang, "tensors/"))
        page.wait_for_load_state("networkidle")
        page.evaluate("window.__firstView = true")  # gone if the page loads again
        page.locator('.md-nav a[href$="autograd/"]').first.click()
        page.wait_for_url(served.url(lang, "autograd/"))
        # the new page's title: the address can change before the content does (under load,
        # the old page's h1 was still there when the address had changed)
        title = next(p for p in model.pages(lang) if p.name == "autograd").headings()[0].text
        page.wait_for_function("t => document.querySelector('article h1')?.firstChild?.textContent.trim() === t",
                               arg=title)
        assert page.evaluate("window.__firstView === true"), f"{lang}: the second page view was a full reload"
        assert page.evaluate("document.documentElement.lang") == lang


# --- the reader's experience on a phone and a desktop (issue 15) ----------------------

LANGS = list(model.locales())


def text_of(locale: str) -> dict:
    """The site's own words (extra.text) for a language, as its configuration gives them."""
    return model.language(locale).text


def page_of(name: str, locale: str) -> model.Page:
    return next(p for p in model.pages(locale) if p.name == name)


@pytest.fixture(params=list(SIZES))
def sized(request, page):
    page.set_viewport_size(SIZES[request.param])
    return page


@pytest.fixture(scope="module")
def tensors_page(browser_context, served):
    """tensors_page(size, lang): that language's /tensors/, loaded once at that viewport size
    for the tests that only read it (a load costs Chromium about 2 s of CPU), with the URLs
    of the responses that failed while it loaded."""
    opened = {}

    def get(size: str, lang: str):
        if (size, lang) not in opened:
            page = without_search(browser_context.new_page())
            page.set_viewport_size(SIZES[size])
            failed = []
            page.on("response", lambda r: r.status >= 400 and failed.append(r.url))
            page.goto(served.url(lang, "tensors/"))
            opened[size, lang] = page, failed
        return opened[size, lang]

    yield get
    for page, _ in opened.values():
        page.close()


# The tests that read a tensors_page: one worker (xdist group) opens each page once.
READS_TENSORS = pytest.mark.xdist_group("tensors-page")
EACH_SIZE_AND_LANG = pytest.mark.parametrize(("size", "lang"), [(s, lang) for s in SIZES for lang in LANGS])


@pytest.mark.parametrize("lang", LANGS)
def test_404_is_in_the_readers_language(sized, served, lang):
    """Each language's build has its own 404.html; an address a language's site lacks gets it."""
    response = sized.goto(served.url(lang, "no-such-page/"))
    assert response.status == 404
    assert sized.evaluate("document.documentElement.lang") == lang
    assert text_of(lang)["not_found"] in sized.locator("article h1").inner_text()
    nav = sized.eval_on_selector_all(".md-nav--primary a.md-nav__link[href]", "els => els.map(e => e.href)")
    foreign = [h for h in nav if served.lang_of(h) != lang]
    assert nav and not foreign, f"the {lang} 404's navigation leads elsewhere: {foreign}"


@pytest.mark.parametrize("lang", LANGS)
def test_keys_are_rendered(sized, served, lang):
    """++slash++ on the home page is a <kbd> (pymdownx.keys), not raw markup."""
    sized.goto(served.url(lang))
    assert sized.locator("article kbd").count() >= 2
    assert "++" not in sized.locator("article").inner_text()


@pytest.mark.parametrize(("start", "lang"), [(("en", "tensors/#create"), "zh"), (("zh", "data/#dataloader"), "en")])
def test_language_switch_keeps_the_section(sized, served, start, lang):
    sized.goto(served.url(*start))
    sized.locator(".md-header__option .md-select").hover()
    sized.locator(f'.md-select__link[hreflang="{lang}"]').click()
    sized.wait_for_url(served.url(lang, start[1]))
    assert sized.evaluate("location.hash") == "#" + start[1].split("#")[1]


@READS_TENSORS
@pytest.mark.parametrize("lang", LANGS)
def test_code_blocks_use_the_phones_width(tensors_page, lang):
    page, _ = tensors_page("phone", lang)
    widths = page.eval_on_selector_all(
        ".md-content .highlight pre", "els => els.filter(e => e.offsetParent).map(e => e.getBoundingClientRect().width)"
    )
    assert widths and min(widths) >= 340, f"code blocks narrower than the phone allows: {widths}"


@READS_TENSORS
@EACH_SIZE_AND_LANG
def test_edit_link_points_at_the_pages_file(tensors_page, size, lang):
    """Material's "edit this page": edit_uri + the page's own file, docs/<topic>.<lang>.md."""
    page, _ = tensors_page(size, lang)
    href = page.locator("a.md-content__button[href*='/edit/']").get_attribute("href")
    config = model.language(lang).config
    want = f"{config['repo_url'].rstrip('/')}/{config['edit_uri'].strip('/')}/{page_of('tensors', lang).src_uri}"
    assert href == want
    assert page.locator("a.md-content__button[href*='/raw/']").count() == 1  # view source


@READS_TENSORS
@EACH_SIZE_AND_LANG
def test_version_selector_on_every_language(tensors_page, size, lang):
    """The server mounts the build as mike deploys it (versions.json beside the version)."""
    page, failed = tensors_page(size, lang)
    page.wait_for_selector(".md-version__current", timeout=10_000)
    assert page.locator(".md-version__current").inner_text().startswith(model.docs_version())
    assert not failed, failed


@READS_TENSORS
def test_output_lines_look_like_output(tensors_page):
    """pytorch_notes/output_lines.py marks the #> and \"\"\" lines; they differ from code lines."""
    page, _ = tensors_page("desktop", model.default_locale())
    styles = page.evaluate("""() => {
      const out = document.querySelector('.highlight code .snippet-output');
      const code = out.closest('code').querySelector('span[id^="__span-"]:not(.snippet-output)');
      const s = e => { const c = getComputedStyle(e); return [c.backgroundColor, c.boxShadow]; };
      return [s(out), s(code), out.textContent];
    }""")
    assert styles[0] != styles[1], styles
    assert styles[2].lstrip().startswith(("#>", '"""')), styles[2]


def test_copy_button_copies_a_block_with_output_exactly(page, served):
    """The output marking adds classes only: a block with a \"\"\" output copies as its file."""
    page.goto(served.url("en", "tensors/"))
    target = page_of("tensors", model.default_locale()).includes()[1].target
    block = page.locator(".md-typeset pre").nth(1)
    assert block.locator(".snippet-output").count() > 0
    block.hover()
    block.locator("button[data-md-type=copy]").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    snippet = (ROOT / "snippets" / target).read_text(encoding="utf-8")
    assert copied.rstrip("\n") == snippet.rstrip("\n")


@pytest.mark.parametrize("lang", LANGS)
def test_api_index_is_grouped_and_filtered(sized, served, lang):
    """The API index: one heading per module (a table of contents), and a filter box."""
    sized.goto(served.url(lang, "api/"))
    assert sized.locator(".api-index .api-group h2").count() >= 5
    sized.locator(".api-filter input").fill("clip_grad")
    rows = sized.eval_on_selector_all(".api-index tbody tr:not([hidden])", "els => els.map(e => e.textContent)")
    assert rows and all("clip_grad" in r for r in rows), rows
    assert sized.locator(".api-group:not([hidden])").count() == 1


def test_plots_in_the_pages_language(page, served):
    """Each language's schedulers page shows its own drawing of the plot, full size a tap away."""
    seen = {}
    for lang in LANGS:
        page.goto(served.url(lang, "schedulers/"))
        img = page.locator("a.plot img").first
        img.scroll_into_view_if_needed()
        page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=img.element_handle())
        src = img.evaluate("img => img.src")
        assert src.startswith(served.url(lang, "assets/plots/")), src
        assert page.locator("a.plot").first.evaluate("a => a.href") == src  # opens the SVG
        seen[lang] = page.evaluate("src => fetch(src).then(r => r.text())", src)
    assert len(set(seen.values())) == len(LANGS), "the languages show the same figure"
