# The staff pages, editor, in Welsh (decision 0031). Every message here is also in editor.en.ftl,
# with the same arguments: a unit test checks.

