# The staff pages, editor, in English (decision 0031). Every message here is also in editor.cy.ftl,
# with the same arguments: a unit test checks.

