# The staff pages, results, in English (decision 0031). Every message here is also in results.cy.ftl,
# with the same arguments: a unit test checks.

