//! The workspaces list and a workspace's people: plain forms, working without JavaScript.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::{
    AccountDetailsPage as AccountDetails, AccountList, AccountRow, MemberRow, WorkspaceList,
    WorkspacePage, load_account_details, load_accounts, load_workspace, load_workspaces,
};
use super::{ACCOUNTS_PATH, WORKSPACES_PATH};
use crate::components::{
    ErrorSummary, InputField, PageTitle, PostedForm, RadiosField, SelectField, content_lang,
    email_language_choices, href, tr, tr_with, use_language,
};
use crate::domain::interface_text::TextArg;
use crate::domain::permissions::WorkspaceRole;
use crate::staff::views::{StaffBar, role_label, staff_view};

/// The roles as a drop-down offers them: (code, name).
fn role_choices() -> Vec<(String, String)> {
    WorkspaceRole::ALL
        .into_iter()
        .map(|role| (role.code().to_string(), role_label(role)))
        .collect()
}

/// What a finished change says, from the page's `?done=`.
fn done_message() -> Option<String> {
    let code = use_query_map().read_untracked().get("done")?;
    Some(tr(match code.as_str() {
        "created" => "staff-workspace-created",
        "added" => "staff-workspace-added",
        "invited" => "staff-workspace-invited",
        "changed" => "staff-workspace-changed",
        "removed" => "staff-workspace-removed",
        "deactivated" => "staff-accounts-deactivated-done",
        "reactivated" => "staff-accounts-reactivated-done",
        "two_factor_reset" => "staff-accounts-two-factor-reset-done",
        "resent" => "staff-invitation-resent",
        "details_saved" => "staff-accounts-details-saved",
        _ => return None,
    }))
}

fn done_banner() -> impl IntoView {
    done_message().map(|message| {
        view! {
            <div class="notification" role="status">
                <p class="body">{message}</p>
            </div>
        }
    })
}

#[component]
pub fn WorkspacesPage() -> impl IntoView {
    let posted = use_context::<PostedForm>().unwrap_or_default();
    let list = Resource::new(|| (), |_| load_workspaces());
    view! {
        <Suspense fallback=|| view! { <p class="body">{tr("loading")}</p> }>
            {move || {
                let posted = posted.clone();
                Suspend::new(async move {
                    staff_view(list.await, |list| view! { <WorkspacesView list posted /> }.into_any())
                })
            }}
        </Suspense>
    }
}

#[component]
fn WorkspacesView(list: WorkspaceList, posted: PostedForm) -> impl IntoView {
    let has_errors = !posted.errors.is_empty() || posted.problem.is_some();
    let errors = posted.errors.clone();
    let problem = posted.problem.clone();
    let rows = list
        .workspaces
        .into_iter()
        .map(|w| {
            let link = href(&format!("{WORKSPACES_PATH}/{}", w.code));
            let kind = if w.partner {
                tr("staff-workspace-kind-partner")
            } else {
                tr("staff-workspace-kind-department")
            };
            view! {
                <tr>
                    <td>
                        <a href=link lang=content_lang()>{w.name}</a>
                    </td>
                    <td>{kind}</td>
                    <td class="table__cell--numeric">{w.members}</td>
                </tr>
            }
        })
        .collect_view();
    let may_create = list.may_create;
    let create = list.may_create.then(|| {
        let kinds = vec![
            ("department".to_string(), tr("staff-workspace-kind-department")),
            ("partner".to_string(), tr("staff-workspace-kind-partner")),
        ];
        view! {
            <h2 class="heading-l">{tr("staff-workspace-add-heading")}</h2>
            <form method="post" action=href(WORKSPACES_PATH) novalidate>
                <input type="hidden" name="action" value="create" />
                <InputField name="name" label=tr("staff-workspace-name") posted=posted.clone() width="input--width-30" />
                <InputField
                    name="code"
                    label=tr("staff-workspace-code")
                    hint=tr("staff-workspace-code-hint")
                    posted=posted.clone()
                    width="input--width-20"
                    spellcheck="false"
                />
                <SelectField
                    name="kind"
                    label=tr("staff-workspace-kind")
                    posted=posted.clone()
                    choices=kinds
                    prompt=tr("staff-workspace-choose")
                />
                <button type="submit" class="button">{tr("staff-workspace-add-button")}</button>
            </form>
        }
    });
    view! {
        <PageTitle text=tr("staff-workspaces-title") error=has_errors />
        <StaffBar staff=list.staff />
        <a href=href("/staff") class="back-link">{tr("staff-account-back")}</a>
        <ErrorSummary errors=errors problem=Signal::derive(move || problem.clone()) />
        {done_banner()}
        <h1 class="heading-xl">{tr("staff-workspaces-title")}</h1>
        <p class="body">{tr("staff-workspaces-intro")}</p>
        {may_create
            .then(|| {
                view! {
                    <p class="body">
                        <a href=href(ACCOUNTS_PATH)>{tr("staff-accounts-link")}</a>
                    </p>
                }
            })}
        <table class="table">
            <caption class="table__caption visually-hidden">{tr("staff-workspaces-title")}</caption>
            <thead>
                <tr>
                    <th scope="col">{tr("staff-account-workspace")}</th>
                    <th scope="col">{tr("staff-workspace-kind")}</th>
                    <th scope="col" class="table__header--numeric">{tr("staff-workspace-people")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        {create}
    }
}

#[component]
pub fn WorkspaceMembersPage() -> impl IntoView {
    let posted = use_context::<PostedForm>().unwrap_or_default();
    let params = use_params_map();
    let page = Resource::new(
        move || params.read().get("code").unwrap_or_default(),
        load_workspace,
    );
    view! {
        <Suspense fallback=|| view! { <p class="body">{tr("loading")}</p> }>
            {move || {
                let posted = posted.clone();
                Suspend::new(async move {
                    staff_view(page.await, |page| view! { <MembersView page posted /> }.into_any())
                })
            }}
        </Suspense>
    }
}

/// "Send the invitation to … again", for someone invited who has not chosen a password (`shown`).
fn resend_button(name: &str, id: i64, shown: bool) -> Option<impl IntoView + use<>> {
    let name = TextArg::from(name.to_string());
    shown.then(|| {
        view! {
            <button type="submit" class="button button--secondary button--small" name="action" value=format!("resend:{id}")>
                {tr_with("staff-accounts-resend", &[("name", name)])}
            </button>
            " "
        }
    })
}

/// One person's row: their name and email, their role as a drop-down with its own button, and
/// a button to take them out. Each button names the person, for screen reader users moving
/// from button to button.
fn member_row(member: MemberRow) -> impl IntoView {
    let select_id = format!("role-{}", member.id);
    let label = tr_with(
        "staff-workspace-role-of",
        &[("name", TextArg::from(member.name.clone()))],
    );
    let change = tr_with(
        "staff-workspace-change-role-of",
        &[("name", TextArg::from(member.name.clone()))],
    );
    let remove = tr_with(
        "staff-workspace-remove",
        &[("name", TextArg::from(member.name.clone()))],
    );
    let invited = member.invited.then(
        || view! { " " <strong class="tag tag--blue">{tr("staff-workspace-invited-tag")}</strong> },
    );
    let deactivated = member.deactivated.then(
        || view! { " " <strong class="tag tag--grey">{tr("staff-workspace-deactivated")}</strong> },
    );
    let resend = resend_button(
        &member.name,
        member.id,
        member.invited && !member.deactivated,
    );
    let options = WorkspaceRole::ALL
        .into_iter()
        .map(|role| {
            view! {
                <option value=role.code() selected=role == member.role>
                    {role_label(role)}
                </option>
            }
        })
        .collect_view();
    view! {
        <tr>
            <td>
                <span lang=content_lang()>{member.name}</span>
                {invited}
                {deactivated}
                <br />
                <span class="hint">{member.email}</span>
            </td>
            <td>
                <label class="visually-hidden" for=select_id.clone()>{label}</label>
                <select class="select" id=select_id.clone() name=select_id>
                    {options}
                </select>
                " "
                <button type="submit" class="button button--secondary button--small" name="action" value=format!("role:{}", member.id)>
                    {change}
                </button>
            </td>
            <td>
                {resend}
                <button type="submit" class="button button--warning button--small" name="action" value=format!("remove:{}", member.id)>
                    {remove}
                </button>
            </td>
        </tr>
    }
}

#[component]
fn MembersView(page: WorkspacePage, posted: PostedForm) -> impl IntoView {
    let has_errors = !posted.errors.is_empty() || posted.problem.is_some();
    let errors = posted.errors.clone();
    let problem = posted.problem.clone();
    let here = href(&format!("{WORKSPACES_PATH}/{}", page.code));
    let kind = if page.partner {
        tr("staff-workspace-kind-partner")
    } else {
        tr("staff-workspace-kind-department")
    };
    let members = if page.members.is_empty() {
        view! { <p class="body">{tr("staff-workspace-nobody")}</p> }.into_any()
    } else {
        let rows = page.members.into_iter().map(member_row).collect_view();
        view! {
            // One form for the table: each button says which person and what to do.
            <form method="post" action=here.clone() class="table-wrapper">
                <table class="table">
                    <caption class="table__caption visually-hidden">{tr("staff-workspace-people")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr("staff-workspace-person")}</th>
                            <th scope="col">{tr("staff-workspace-role")}</th>
                            <th scope="col"><span class="visually-hidden">{tr("staff-workspace-remove-column")}</span></th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </form>
        }
        .into_any()
    };
    let title = tr_with(
        "staff-workspace-title",
        &[("name", TextArg::from(page.name.clone()))],
    );
    view! {
        <PageTitle text=title error=has_errors />
        <StaffBar staff=page.staff />
        <a href=href(WORKSPACES_PATH) class="back-link">{tr("staff-workspace-back")}</a>
        <ErrorSummary errors=errors problem=Signal::derive(move || problem.clone()) />
        {done_banner()}
        <span class="caption-l">{kind}</span>
        <h1 class="heading-xl" lang=content_lang()>{page.name}</h1>
        <h2 class="heading-l">{tr("staff-workspace-people")}</h2>
        {members}
        <h2 class="heading-l">{tr("staff-workspace-add-person")}</h2>
        <form method="post" action=here novalidate>
            <input type="hidden" name="action" value="add" />
            <InputField
                name="email"
                label=tr("staff-workspace-email")
                hint=tr("staff-workspace-email-hint")
                posted=posted.clone()
                input_type="email"
                width="input--width-30"
                spellcheck="false"
            />
            <InputField
                name="name"
                label=tr("staff-invite-name")
                hint=tr("staff-invite-name-hint")
                posted=posted.clone()
                width="input--width-30"
                autocomplete="off"
            />
            <RadiosField
                name="email_language"
                legend=tr("staff-email-language-theirs")
                hint=tr("staff-email-language-theirs-hint")
                posted=posted.clone()
                choices=email_language_choices()
                chosen=use_language().tag()
                inline=true
            />
            <SelectField
                name="role"
                label=tr("staff-workspace-role")
                posted=posted.clone()
                choices=role_choices()
                prompt=tr("staff-workspace-choose")
            />
            <button type="submit" class="button">{tr("staff-workspace-add-person-button")}</button>
        </form>
    }
}

#[component]
pub fn AccountsPage() -> impl IntoView {
    let posted = use_context::<PostedForm>().unwrap_or_default();
    let list = Resource::new(|| (), |_| load_accounts());
    view! {
        <Suspense fallback=|| view! { <p class="body">{tr("loading")}</p> }>
            {move || {
                let posted = posted.clone();
                Suspend::new(async move {
                    staff_view(list.await, |list| view! { <AccountsView list posted /> }.into_any())
                })
            }}
        </Suspense>
    }
}

/// One account's row: who, where they work, whether they may sign in, and the button that
/// switches that (none on one's own row).
fn account_row(account: AccountRow, me: i64) -> impl IntoView {
    let name = TextArg::from(account.name.clone());
    let place = if account.site_admin {
        tr("staff-accounts-site-admin")
    } else if account.workspaces.is_empty() {
        tr("staff-accounts-no-workspace")
    } else {
        account
            .workspaces
            .iter()
            .map(|(workspace, role)| format!("{workspace} ({})", role_label(*role)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let status = if account.deactivated {
        view! { <strong class="tag tag--grey">{tr("staff-workspace-deactivated")}</strong> }
            .into_any()
    } else {
        view! { {tr("staff-accounts-active")} }.into_any()
    };
    let two_factor = account.two_factor.then(|| {
        view! {
            <br />
            <span class="hint">{tr("staff-accounts-two-factor-on")}</span>
        }
    });
    let invited = account.invited.then(
        || view! { <br /> <strong class="tag tag--blue">{tr("staff-workspace-invited-tag")}</strong> },
    );
    let resend = resend_button(
        &account.name,
        account.id,
        account.invited && !account.deactivated,
    );
    let change = view! {
        <a href=href(&format!("{ACCOUNTS_PATH}/{}", account.id))>
            {tr("staff-accounts-change")}
            <span class="visually-hidden">{tr_with("staff-accounts-change-whose", &[("name", name.clone())])}</span>
        </a>
    };
    // For someone who lost their phone and their recovery codes (one's own is turned off on
    // one's own two-factor page).
    let reset = (account.two_factor && account.id != me).then(|| {
        let name = TextArg::from(account.name.clone());
        view! {
            <button type="submit" class="button button--secondary button--small" name="action" value=format!("reset_two_factor:{}", account.id)>
                {tr_with("staff-accounts-reset-two-factor", &[("name", name)])}
            </button>
        }
    });
    let button = if account.id == me {
        view! { <span class="hint">{tr("staff-accounts-you")}</span> }.into_any()
    } else if account.deactivated {
        view! {
            <button type="submit" class="button button--secondary button--small" name="action" value=format!("reactivate:{}", account.id)>
                {tr_with("staff-accounts-reactivate", &[("name", name)])}
            </button>
        }
        .into_any()
    } else {
        view! {
            <button type="submit" class="button button--warning button--small" name="action" value=format!("deactivate:{}", account.id)>
                {tr_with("staff-accounts-deactivate", &[("name", name)])}
            </button>
        }
        .into_any()
    };
    view! {
        <tr>
            <td>
                <span lang=content_lang()>{account.name}</span>
                <br />
                <span class="hint">{account.email}</span>
                <br />
                {change}
            </td>
            <td lang=content_lang()>{place}</td>
            <td>{status}{invited}{two_factor}</td>
            <td>{resend}{button} {reset}</td>
        </tr>
    }
}

#[component]
fn AccountsView(list: AccountList, posted: PostedForm) -> impl IntoView {
    let has_errors = !posted.errors.is_empty() || posted.problem.is_some();
    let errors = posted.errors.clone();
    let problem = posted.problem.clone();
    let me = list.staff.id;
    let rows = list
        .accounts
        .into_iter()
        .map(|account| account_row(account, me))
        .collect_view();
    view! {
        <PageTitle text=tr("staff-accounts-title") error=has_errors />
        <StaffBar staff=list.staff />
        <a href=href(WORKSPACES_PATH) class="back-link">{tr("staff-workspace-back")}</a>
        <ErrorSummary errors=errors problem=Signal::derive(move || problem.clone()) />
        {done_banner()}
        <h1 class="heading-xl">{tr("staff-accounts-title")}</h1>
        <p class="body">{tr("staff-accounts-intro")}</p>
        <form method="post" action=href(ACCOUNTS_PATH) class="table-wrapper">
            <table class="table">
                <caption class="table__caption visually-hidden">{tr("staff-accounts-title")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr("staff-workspace-person")}</th>
                        <th scope="col">{tr("staff-accounts-where")}</th>
                        <th scope="col">{tr("staff-accounts-status")}</th>
                        <th scope="col"><span class="visually-hidden">{tr("staff-accounts-switch")}</span></th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </form>
    }
}

/// A site admin's page for one account's name, email address and email language
/// (`/staff/accounts/<id>`).
#[component]
pub fn AccountDetailsPage() -> impl IntoView {
    let posted = use_context::<PostedForm>().unwrap_or_default();
    let params = use_params_map();
    let page = Resource::new(
        move || params.read().get("id").unwrap_or_default(),
        |id| async move {
            // Not a number: no account has it (the page says so, as for an unknown one).
            let id = id.parse::<i64>().unwrap_or(0);
            load_account_details(id).await
        },
    );
    view! {
        <Suspense fallback=|| view! { <p class="body">{tr("loading")}</p> }>
            {move || {
                let posted = posted.clone();
                Suspend::new(async move {
                    staff_view(page.await, |page| view! { <AccountDetailsView page posted /> }.into_any())
                })
            }}
        </Suspense>
    }
}

#[component]
fn AccountDetailsView(page: AccountDetails, posted: PostedForm) -> impl IntoView {
    let has_errors = !posted.errors.is_empty() || posted.problem.is_some();
    let errors = posted.errors.clone();
    let problem = posted.problem.clone();
    // Until a post says otherwise, the form shows what is saved.
    let posted = if posted.values.is_empty() {
        PostedForm {
            values: vec![
                ("name".to_string(), page.name.clone()),
                ("email".to_string(), page.email.clone()),
            ],
            ..posted
        }
    } else {
        posted
    };
    let title = tr_with(
        "staff-account-edit-title",
        &[("name", TextArg::from(page.name.clone()))],
    );
    view! {
        <PageTitle text=title.clone() error=has_errors />
        <StaffBar staff=page.staff />
        <a href=href(ACCOUNTS_PATH) class="back-link">{tr("staff-account-edit-back")}</a>
        <ErrorSummary errors=errors problem=Signal::derive(move || problem.clone()) />
        <span class="caption-l">{tr("staff-accounts-title")}</span>
        <h1 class="heading-xl">{title}</h1>
        <form method="post" action=href(&format!("{ACCOUNTS_PATH}/{}", page.id)) novalidate>
            <InputField
                name="name"
                label=tr("staff-account-name")
                posted=posted.clone()
                width="input--width-30"
                autocomplete="off"
                spellcheck="false"
            />
            <InputField
                name="email"
                label=tr("staff-account-email")
                hint=tr("staff-account-edit-email-hint")
                posted=posted.clone()
                input_type="email"
                width="input--width-30"
                autocomplete="off"
                spellcheck="false"
            />
            <RadiosField
                name="email_language"
                legend=tr("staff-email-language-theirs")
                posted=posted
                choices=email_language_choices()
                chosen=page.email_language.tag()
                inline=true
            />
            <button type="submit" class="button">{tr("staff-account-edit-button")}</button>
        </form>
    }
}
