# The staff pages, builder, in English (decision 0031). Every message here is also in builder.cy.ftl,
# with the same arguments: a unit test checks.

