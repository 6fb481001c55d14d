use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::hooks::{use_location, use_query_map};

use super::api::{AccountPage as AccountPageData, StaffIdentity, load_account};
use crate::builder::api::DepartmentChoice;
use crate::components::{
    ErrorMessage, ErrorPage, ErrorSummary, InputField, PageTitle, PostedForm, RadiosField,
    StatusTag, content_lang, date_time_text, email_language_choices, href, tr, tr_with,
    use_language,
};
use crate::domain::interface_text::TextArg;
use crate::domain::permissions::WorkspaceRole;
use crate::domain::redirect::plausible_local_path;
use crate::domain::staff_list::{ListFilter, ListStatus};
use crate::domain::workflow::Stage;
use crate::error::AppError;
use crate::results::api::{StaffConsultationRow, load_staff_home};

#[component]
pub fn SignInPage() -> impl IntoView {
    let posted = use_context::<PostedForm>().unwrap_or_default();
    let query = use_query_map();
    // Carried to the form only if it could be a path on this site (the POST checks it fully).
    let next = query
        .read_untracked()
        .get("next")
        .filter(|next| plausible_local_path(next))
        .unwrap_or_default();
    let signed_out = query.read_untracked().get("signed_out").is_some();
    let password_set = query.read_untracked().get("password_set").is_some();
    let errors = RwSignal::new(posted.errors.clone());
    let has_errors = !posted.errors.is_empty();
    let error_for = move |field: &'static str| {
        move || {
            errors.with(|list| {
                list.iter()
                    .find(|e| e.field == field)
                    .map(|e| view! { <ErrorMessage id=format!("{field}-error") message=e.message_in(use_language()) /> })
            })
        }
    };
    let group = move |field: &'static str| {
        move || {
            if errors.with(|list| list.iter().any(|e| e.field == field)) {
                "form-group form-group--error"
            } else {
                "form-group"
            }
        }
    };
    let described = move |field: &'static str| {
        move || {
            errors
                .with(|list| list.iter().any(|e| e.field == field))
                .then(|| format!("{field}-error"))
        }
    };
    let email = posted.value("email").unwrap_or_default().to_string();
    view! {
        <PageTitle text=tr("sign-in-title") error=has_errors />
        <ErrorSummary errors=errors problem=Signal::derive(|| None::<String>) />
        {signed_out
            .then(|| {
                view! {
                    <div class="notification" role="status">
                        <p class="body">{tr("signed-out")}</p>
                    </div>
                }
            })}
        {password_set
            .then(|| {
                view! {
                    <div class="notification" role="status">
                        <p class="body">{tr("staff-link-password-set")}</p>
                    </div>
                }
            })}
        <h1 class="heading-xl">{tr("sign-in-heading")}</h1>
        <p class="body">{tr("sign-in-who")}</p>
        <form method="post" action=href("/staff/sign-in") novalidate>
            <input type="hidden" name="next" value=next />
            <div class=group("email")>
                <label class="label label--s" for="email">
                    {tr("sign-in-email")}
                </label>
                {error_for("email")}
                <input
                    class="input input--width-30"
                    id="email"
                    name="email"
                    type="email"
                    autocomplete="username"
                    spellcheck="false"
                    value=email
                    aria-describedby=described("email")
                />
            </div>
            <div class=group("password")>
                <label class="label label--s" for="password">
                    {tr("sign-in-password")}
                </label>
                {error_for("password")}
                <input
                    class="input input--width-30"
                    id="password"
                    name="password"
                    type="password"
                    autocomplete="current-password"
                    aria-describedby=described("password")
                />
            </div>
            <button type="submit" class="button">
                {tr("sign-in-button")}
            </button>
        </form>
        <p class="body">
            <a href=href(FORGOT_PASSWORD_PATH)>{tr("staff-forgot-link")}</a>
        </p>
    }
}

/// Sends anyone not signed in to the sign-in page, then back here.
#[component]
pub fn SignInRedirect() -> impl IntoView {
    let location = use_location();
    let here = location.pathname.get_untracked();
    // Percent-encoded as a query value, slashes kept so the address stays readable.
    let next: String = here
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    view! { <Redirect path=href(&format!("/staff/sign-in?next={next}")) /> }
}

/// Either the page, a redirect to sign in, or an error page.
pub fn staff_view<T>(result: Result<T, AppError>, page: impl FnOnce(T) -> AnyView) -> AnyView {
    match result {
        Ok(value) => page(value),
        Err(AppError::Unauthorized) => view! { <SignInRedirect /> }.into_any(),
        Err(error) => view! { <ErrorPage error /> }.into_any(),
    }
}

#[component]
pub fn StaffBar(staff: StaffIdentity) -> impl IntoView {
    // Site admins and workspace admins look after workspaces and their people, and read the
    // audit log (of their workspaces).
    let site_admin = staff.site_admin;
    let manages = staff.site_admin
        || staff
            .memberships
            .iter()
            .any(|m| m.role == WorkspaceRole::Admin);
    view! {
        <div class="staff-bar">
            <p class="body staff-bar__who">
                {tr("signed-in-as")} " " <strong>{staff.display_name}</strong>
            </p>
            <div class="staff-bar__actions">
                {manages
                    .then(|| {
                        view! {
                            <a href=href(crate::workspaces::WORKSPACES_PATH) class="body staff-bar__link">
                                {tr("staff-workspaces-link")}
                            </a>
                            <a href=href(crate::audit::AUDIT_PATH) class="body staff-bar__link">
                                {tr("staff-audit-link")}
                            </a>
                        }
                    })}
                {site_admin
                    .then(|| {
                        view! {
                            <a href=href(crate::settings::SETTINGS_PATH) class="body staff-bar__link">
                                {tr("site-settings-link")}
                            </a>
                        }
                    })}
                <a href=href(ACCOUNT_PATH) class="body staff-bar__link">
                    {tr("staff-account-link")}
                </a>
                <form method="post" action=href("/staff/sign-out") class="staff-bar__form">
                    <button type="submit" class="button button--secondary button--small">
                        {tr("sign-out")}
                    </button>
                </form>
            </div>
        </div>
    }
}

/// A GOV.UK password field, with its error from `errors` beside it (the account page's, and
/// the page of a link that sets a password).
pub(crate) fn password_field(
    errors: RwSignal<Vec<crate::domain::FieldError>>,
    name: &'static str,
    label: &'static str,
    hint: Option<&'static str>,
    autocomplete: &'static str,
) -> impl IntoView {
    let error = errors.with_untracked(|list| {
        list.iter()
            .find(|e| e.field == name)
            .map(|e| e.message_in(use_language()))
    });
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let described = [
        hint.map(|_| hint_id.clone()),
        error.as_ref().map(|_| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let class = if error.is_some() {
        "form-group form-group--error"
    } else {
        "form-group"
    };
    view! {
        <div class=class>
            <label class="label label--s" for=name>{tr(label)}</label>
            {hint.map(|hint| view! { <div class="hint" id=hint_id.clone()>{tr(hint)}</div> })}
            {error.map(|message| view! { <ErrorMessage id=error_id.clone() message /> })}
            <input
                class="input input--width-20"
                id=name
                name=name
                type="password"
                autocomplete=autocomplete
                aria-describedby=(!described.is_empty()).then_some(described)
            />
        </div>
    }
}

/// Where a link that sets a password leads (`/staff/set-password/<token>`), and where its form
/// posts.
pub const SET_PASSWORD_PATH: &str = "/staff/set-password";
/// "Forgotten your password?" (and where its form posts).
pub const FORGOT_PASSWORD_PATH: &str = "/staff/forgot-password";

/// The member's own account page (and the path its forms post to).
pub const ACCOUNT_PATH: &str = "/staff/account";
/// Two-factor sign-in: setting it up, new recovery codes, turning it off (and where its forms
/// post).
pub const TWO_FACTOR_PATH: &str = "/staff/two-factor";

/// The message naming a workspace role.
pub fn role_label(role: WorkspaceRole) -> String {
    tr(match role {
        WorkspaceRole::Admin => "staff-role-workspace-admin",
        WorkspaceRole::Editor => "staff-role-editor",
        WorkspaceRole::Analyst => "staff-role-analyst",
        WorkspaceRole::Viewer => "staff-role-viewer",
    })
}

#[component]
pub fn AccountPage() -> impl IntoView {
    let page = Resource::new(|| (), |_| load_account());
    view! {
        <Suspense fallback=|| view! { <p class="body">{tr("loading")}</p> }>
            {move || Suspend::new(async move {
                staff_view(page.await, |page| view! { <AccountView page /> }.into_any())
            })}
        </Suspense>
    }
}

#[component]
fn AccountView(page: AccountPageData) -> impl IntoView {
    let posted = use_context::<PostedForm>().unwrap_or_default();
    let changed = use_query_map().read_untracked().get("changed").is_some();
    let saved = use_query_map().read_untracked().get("saved").is_some();
    let errors = RwSignal::new(posted.errors.clone());
    let problem = posted.problem.clone();
    let has_errors = !posted.errors.is_empty() || problem.is_some();
    let field = move |name, label, hint, autocomplete| {
        password_field(errors, name, label, hint, autocomplete)
    };
    let site_admin = page.staff.site_admin;
    let workspaces = page.workspaces;
    // The name's box shows the saved name until a refused post of this form says otherwise.
    let details_posted = if posted.value("action") == Some("details") {
        posted.clone()
    } else {
        PostedForm {
            values: vec![("name".to_string(), page.staff.display_name.clone())],
            ..PostedForm::default()
        }
    };
    let email_language_lang =
        (page.email_language != use_language()).then_some(page.email_language.tag());
    view! {
        <PageTitle text=tr("staff-account-title") error=has_errors />
        <StaffBar staff=page.staff.clone() />
        <a href=href("/staff") class="back-link">{tr("staff-account-back")}</a>
        <ErrorSummary errors=errors problem=Signal::derive(move || problem.clone()) />
        {changed
            .then(|| {
                view! {
                    <div class="notification" role="status">
                        <p class="body">{tr("staff-account-password-changed")}</p>
                    </div>
                }
            })}
        {saved
            .then(|| {
                view! {
                    <div class="notification" role="status">
                        <p class="body">{tr("staff-account-details-saved")}</p>
                    </div>
                }
            })}
        <h1 class="heading-xl">{tr("staff-account-heading")}</h1>
        <dl class="summary-list">
            <div class="summary-list__row">
                <dt class="summary-list__key">{tr("staff-account-name")}</dt>
                <dd class="summary-list__value" lang=content_lang()>{page.staff.display_name}</dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">{tr("staff-account-email")}</dt>
                <dd class="summary-list__value">
                    {page.staff.email.clone()}
                    <br />
                    <span class="hint">{tr("staff-account-email-who-changes")}</span>
                </dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">{tr("staff-account-email-language")}</dt>
                <dd class="summary-list__value" lang=email_language_lang>{page.email_language.own_name()}</dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">{tr("staff-two-factor-title")}</dt>
                <dd class="summary-list__value" data-testid="two-factor-status">
                    {tr(if page.two_factor { "staff-two-factor-is-on" } else { "staff-two-factor-is-off" })}
                </dd>
                <dd class="summary-list__actions">
                    <a href=href(TWO_FACTOR_PATH)>
                        {tr(if page.two_factor { "staff-two-factor-manage" } else { "staff-two-factor-set-up-link" })}
                        <span class="visually-hidden">{format!(" {}", tr("staff-two-factor-title"))}</span>
                    </a>
                </dd>
            </div>
        </dl>
        <h2 class="heading-l">{tr("staff-account-where")}</h2>
        {site_admin.then(|| view! { <p class="body">{tr("staff-account-site-admin")}</p> })}
        {if workspaces.is_empty() {
            (!site_admin).then(|| view! { <p class="body">{tr("staff-account-no-workspace")}</p> }.into_any())
        } else {
            Some(view! {
                <table class="table">
                    <caption class="table__caption visually-hidden">{tr("staff-account-where")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr("staff-account-workspace")}</th>
                            <th scope="col">{tr("staff-account-role")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {workspaces
                            .into_iter()
                            .map(|w| {
                                let kind = w.partner.then(|| view! { " " <span class="hint">{tr("staff-account-partner")}</span> });
                                view! {
                                    <tr>
                                        <td><span lang=content_lang()>{w.name}</span>{kind}</td>
                                        <td>{role_label(w.role)}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            }.into_any())
        }}
        <h2 class="heading-l">{tr("staff-account-details-heading")}</h2>
        <form method="post" action=href(ACCOUNT_PATH) novalidate>
            <input type="hidden" name="action" value="details" />
            <InputField
                name="name"
                label=tr("staff-account-your-name")
                hint=tr("staff-account-your-name-hint")
                posted=details_posted.clone()
                width="input--width-30"
                autocomplete="name"
                spellcheck="false"
            />
            <RadiosField
                name="email_language"
                legend=tr("staff-email-language-own")
                hint=tr("staff-email-language-own-hint")
                posted=details_posted
                choices=email_language_choices()
                chosen=page.email_language.tag()
                inline=true
            />
            <button type="submit" class="button">{tr("staff-account-details-button")}</button>
        </form>
        <h2 class="heading-l">{tr("staff-account-change-password")}</h2>
        <form method="post" action=href(ACCOUNT_PATH) novalidate>
            <input type="hidden" name="action" value="change_password" />
            {field("current_password", "staff-account-current", None, "current-password")}
            {field("new_password", "staff-account-new", Some("staff-account-new-hint"), "new-password")}
            {field("confirm_password", "staff-account-confirm", None, "new-password")}
            <button type="submit" class="button">{tr("staff-account-change-button")}</button>
        </form>
        <h2 class="heading-l">{tr("staff-account-everywhere-heading")}</h2>
        <p class="body">{tr("staff-account-everywhere-text")}</p>
        <form method="post" action=href(ACCOUNT_PATH)>
            <input type="hidden" name="action" value="sign_out_everywhere" />
            <button type="submit" class="button button--warning">{tr("staff-account-everywhere-button")}</button>
        </form>
    }
}

#[component]
pub fn StaffHomePage() -> impl IntoView {
    let query = use_query_map();
    let filter = move || {
        let q = query.read();
        (q.get("department"), q.get("status"))
    };
    let home = Resource::new(filter, |(department, status)| {
        load_staff_home(department, status)
    });
    view! {
        <Suspense fallback=|| view! { <p class="body">{tr("loading")}</p> }>
            {move || Suspend::new(async move {
                staff_view(
                    home.await,
                    |home| {
                        view! {
                            <PageTitle text=tr("staff-home-title") />
                            <StaffBar staff=home.staff.clone() />
                            <h1 class="heading-xl">{tr("staff-home-heading")}</h1>
                            {home.may_create.then(|| view! {
                                <a href=href(crate::builder::NEW_CONSULTATION_PATH) class="button" role="button" draggable="false">
                                    {tr("create-consultation")}
                                </a>
                            })}
                            <p class="body">
                                <a href=href(crate::library::LIBRARY_PATH)>{tr("question-library")}</a>
                                {tr("question-library-about")}
                            </p>
                            <ListFilterForm
                                filter=home.filter
                                departments=home.departments
                                shown=home.consultations.len()
                                total=home.total
                            />
                            {if home.consultations.is_empty() && home.total > 0 {
                                view! {
                                    <p class="body">{tr("no-consultations-match")}</p>
                                }
                                    .into_any()
                            } else {
                                view! { <ConsultationTable rows=home.consultations staff=home.staff /> }
                                    .into_any()
                            }}
                        }
                            .into_any()
                    },
                )
            })}
        </Suspense>
    }
}

/// Department and status filters: a GET form, so a filtered list has its own address.
#[component]
fn ListFilterForm(
    filter: ListFilter,
    departments: Vec<DepartmentChoice>,
    shown: usize,
    total: usize,
) -> impl IntoView {
    let department_options = departments
        .into_iter()
        .map(|d| {
            let selected = filter.department == Some(d.id);
            view! {
                <option value=d.id.to_string() selected=selected lang=content_lang()>
                    {d.name}
                </option>
            }
        })
        .collect_view();
    let status_options = ListStatus::ALL
        .into_iter()
        .map(|s| {
            let selected = filter.status == Some(s);
            view! {
                <option value=s.code() selected=selected>
                    {tr(s.label_id())}
                </option>
            }
        })
        .collect_view();
    view! {
        <form method="get" action=href("/staff") class="filter">
            <div class="filter__field">
                <label class="label label--s" for="department">
                    {tr("filter-department")}
                </label>
                <select class="select" id="department" name="department">
                    <option value="">{tr("filter-all-departments")}</option>
                    {department_options}
                </select>
            </div>
            <div class="filter__field">
                <label class="label label--s" for="status">
                    {tr("filter-status")}
                </label>
                <select class="select" id="status" name="status">
                    <option value="">{tr("filter-all-statuses")}</option>
                    {status_options}
                </select>
            </div>
            <button type="submit" class="button button--secondary filter__button">
                {tr("filter-button")}
            </button>
        </form>
        <p class="body" data-testid="list-count">
            {if filter.is_active() {
                format!(
                    "{} ",
                    tr_with(
                        "consultations-shown",
                        &[("shown", TextArg::from(shown)), ("total", TextArg::from(total))],
                    ),
                )
            } else {
                tr_with("consultations-count", &[("total", TextArg::from(total))])
            }}
            {filter.is_active().then(|| view! { <a href=href("/staff")>{tr("clear-filters")}</a> })}
        </p>
    }
}

/// What the consultations table says of a stage its status (by dates) does not tell.
fn stage_note(stage: Stage) -> Option<String> {
    let id = match stage {
        Stage::Draft => "draft-suffix",
        Stage::InReview => "stage-suffix-in-review",
        Stage::Approved => "stage-suffix-approved",
        Stage::ChangesInReview => "stage-suffix-changes-in-review",
        Stage::OutcomeInReview => "stage-suffix-outcome-in-review",
        Stage::OutcomePublished => "stage-suffix-outcome-published",
        Stage::Scheduled | Stage::Open | Stage::Closed => return None,
    };
    Some(format!(" {}", tr(id)))
}

#[component]
fn ConsultationTable(rows: Vec<StaffConsultationRow>, staff: StaffIdentity) -> impl IntoView {
    use crate::domain::permissions::{Action, Target};
    view! {
        <div class="table-wrapper">
            <table class="table">
                <caption class="table__caption visually-hidden">{tr("all-consultations")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr("column-consultation")}</th>
                        <th scope="col">{tr("column-status")}</th>
                        <th scope="col">{tr("column-closes")}</th>
                        <th scope="col" class="table__header--numeric">
                            {tr("column-responses")}
                        </th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|row| {
                            let results = href(&format!("/staff/consultations/{}/results", row.slug));
                            // Only for those who may build it (others would meet a refusal).
                            let questionnaire = staff.can(Action::Edit, Target::Workspace(row.department_id))
                                .then(|| {
                                    let questionnaire = href(&format!(
                                        "/staff/consultations/{}/questionnaire",
                                        row.slug,
                                    ));
                                    view! {
                                        <br />
                                        <a href=questionnaire>
                                            {tr("questionnaire-link")}
                                            <span class="visually-hidden">
                                                {crate::components::message_with_content(" ", "questionnaire-of", &[], "title", row.title.clone())}
                                            </span>
                                        </a>
                                    }
                                });
                            view! {
                                <tr>
                                    <td>
                                        <a href=results lang=content_lang()>{row.title.clone()}</a>
                                        <br />
                                        <span class="hint" lang=content_lang()>{row.department}</span>
                                        {questionnaire}
                                    </td>
                                    <td>
                                        <StatusTag status=row.status />
                                        {stage_note(row.stage)}
                                    </td>
                                    <td>{date_time_text(row.closes_at)}</td>
                                    <td class="table__cell--numeric" data-testid=format!("responses-{}", row.slug)>
                                        {row.responses}
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}
