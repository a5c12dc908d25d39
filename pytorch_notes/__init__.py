"""The machinery of PyTorch Notes · PyTorch 笔记: everything but the pages and the snippets.

* model        the site's model: languages, pages, snippets, their syntax and the contract
* hooks        the build's steps in the order they run (mkdocs.yml's one hook module), calling:
               plots, notebooks, api_index, compat, offline, output_lines, search, llmstxt
* cache        the build's one cache (.cache/)
* build, serve every language's build; the site served on 127.0.0.1:8000 (make serve)
* runner       runs snippets as programs (standard library and torch only)
* matrix       the compatibility record on every torch release (make matrix)
* deploy       publishes a built site with mike
* offline      the offline bundles

`python -m pytorch_notes --help` lists the commands. Nothing is imported here, so that the
runner loads with torch alone.
"""
