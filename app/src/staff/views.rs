use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::hooks::{use_location, use_query_map};

use super::api::StaffIdentity;
use crate::builder::api::DepartmentChoice;
use crate::components::{ErrorMessage, ErrorPage, ErrorSummary, PageTitle, PostedForm, StatusTag};
use crate::domain::redirect::plausible_local_path;
use crate::domain::staff_list::{ListFilter, ListStatus};
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
    let errors = RwSignal::new(posted.errors.clone());
    let has_errors = !posted.errors.is_empty();
    let error_for = move |field: &'static str| {
        move || {
            errors.with(|list| {
                list.iter()
                    .find(|e| e.field == field)
                    .map(|e| view! { <ErrorMessage id=format!("{field}-error") message=e.message.clone() /> })
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
        <PageTitle text="Sign in".to_string() error=has_errors />
        <ErrorSummary errors=errors problem=Signal::derive(|| None::<String>) />
        {signed_out
            .then(|| {
                view! {
                    <div class="notification" role="status">
                        <p class="body">"You have signed out."</p>
                    </div>
                }
            })}
        <h1 class="heading-xl">"Sign in to manage consultations"</h1>
        <p class="body">"For council and partner staff. To answer a consultation you do not need an account."</p>
        <form method="post" action="/staff/sign-in" novalidate>
            <input type="hidden" name="next" value=next />
            <div class=group("email")>
                <label class="label label--s" for="email">
                    "Email address"
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
                    "Password"
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
                "Sign in"
            </button>
        </form>
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
    view! { <Redirect path=format!("/staff/sign-in?next={next}") /> }
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
    view! {
        <div class="staff-bar">
            <p class="body staff-bar__who">
                "Signed in as " <strong>{staff.display_name}</strong>
            </p>
            <form method="post" action="/staff/sign-out" class="staff-bar__form">
                <button type="submit" class="button button--secondary button--small">
                    "Sign out"
                </button>
            </form>
        </div>
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
        <Suspense fallback=|| view! { <p class="body">"Loading…"</p> }>
            {move || Suspend::new(async move {
                staff_view(
                    home.await,
                    |home| {
                        view! {
                            <PageTitle text="Consultations and results".to_string() />
                            <StaffBar staff=home.staff.clone() />
                            <h1 class="heading-xl">"Consultations"</h1>
                            {home.may_create.then(|| view! {
                                <a href=crate::builder::NEW_CONSULTATION_PATH class="button" role="button" draggable="false">
                                    "Create a consultation"
                                </a>
                            })}
                            <p class="body">
                                <a href=crate::library::LIBRARY_PATH>"Question library"</a>
                                ": questions asked in the same words across the council."
                            </p>
                            <ListFilterForm
                                filter=home.filter
                                departments=home.departments
                                shown=home.consultations.len()
                                total=home.total
                            />
                            {if home.consultations.is_empty() && home.total > 0 {
                                view! {
                                    <p class="body">"No consultations match these filters."</p>
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
                <option value=d.id.to_string() selected=selected>
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
                    {s.label()}
                </option>
            }
        })
        .collect_view();
    let plural = |n: usize| {
        if n == 1 {
            "consultation"
        } else {
            "consultations"
        }
    };
    view! {
        <form method="get" action="/staff" class="filter">
            <div class="filter__field">
                <label class="label label--s" for="department">
                    "Department"
                </label>
                <select class="select" id="department" name="department">
                    <option value="">"All departments"</option>
                    {department_options}
                </select>
            </div>
            <div class="filter__field">
                <label class="label label--s" for="status">
                    "Status"
                </label>
                <select class="select" id="status" name="status">
                    <option value="">"All statuses"</option>
                    {status_options}
                </select>
            </div>
            <button type="submit" class="button button--secondary filter__button">
                "Filter"
            </button>
        </form>
        <p class="body" data-testid="list-count">
            {if filter.is_active() {
                format!("Showing {shown} of {total} {}. ", plural(total))
            } else {
                format!("{total} {}.", plural(total))
            }}
            {filter.is_active().then(|| view! { <a href="/staff">"Clear filters"</a> })}
        </p>
    }
}

#[component]
fn ConsultationTable(rows: Vec<StaffConsultationRow>, staff: StaffIdentity) -> impl IntoView {
    use crate::domain::permissions::may_build;
    view! {
        <div class="table-wrapper">
            <table class="table">
                <caption class="table__caption visually-hidden">"All consultations"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Consultation"</th>
                        <th scope="col">"Status"</th>
                        <th scope="col">"Closes"</th>
                        <th scope="col" class="table__header--numeric">
                            "Responses"
                        </th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|row| {
                            let href = format!("/staff/consultations/{}/results", row.slug);
                            // Only for those who may build it (others would meet a refusal).
                            let questionnaire = may_build(staff.actor(), row.department_id)
                                .then(|| {
                                    let href = format!(
                                        "/staff/consultations/{}/questionnaire",
                                        row.slug,
                                    );
                                    view! {
                                        <br />
                                        <a href=href>
                                            "Questionnaire"
                                            <span class="visually-hidden">
                                                {format!(" of {}", row.title)}
                                            </span>
                                        </a>
                                    }
                                });
                            view! {
                                <tr>
                                    <td>
                                        <a href=href>{row.title.clone()}</a>
                                        <br />
                                        <span class="hint">{row.department}</span>
                                        {questionnaire}
                                    </td>
                                    <td>
                                        <StatusTag status=row.status />
                                        {(!row.published).then_some(" (draft)")}
                                    </td>
                                    <td>{row.closes_at_text}</td>
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
