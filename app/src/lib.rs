//! The consultation platform's Leptos application, compiled twice: with `ssr` into the server and
//! with `hydrate` into the browser bundle. Features live in folders (hub, respond, staff,
//! results, builder); rules shared by both sides live in `domain`.

// Deeply nested view types (Leptos encodes the whole view tree in the type) need room.
#![recursion_limit = "512"]

pub mod audit;
pub mod builder;
pub mod components;
pub mod documents;
pub mod domain;
pub mod entry;
pub mod error;
pub mod hub;
pub mod library;
pub mod mail;
pub mod privacy;
pub mod respond;
pub mod results;
pub mod settings;
pub mod staff;
pub mod translation;
pub mod workflow;
pub mod workspaces;

#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
pub mod demo;
#[cfg(feature = "ssr")]
pub mod demo_responses;
#[cfg(feature = "ssr")]
pub mod markdown;
#[cfg(feature = "ssr")]
pub mod render;
#[cfg(feature = "ssr")]
pub mod state;

use leptos::prelude::*;
use leptos_meta::{HashedStylesheet, MetaTags, provide_meta_context};
use leptos_router::{
    SsrMode,
    components::{Route, Router, Routes},
    path,
};

use components::{BrandColour, NotFoundPage, Refusal, RefusalPage, SiteFooter, SiteHeader};

/// The HTML document around the app (server only renders it).
///
/// Islands: every page is drawn on the server and only the parts marked `#[island]` come alive
/// in the browser. The document loads no script of its own: a page holding an island adds the
/// scripts beside it (`components::IslandScripts`), so every other page ships no WASM at all.
///
/// A refused request (see `components::Refusal`) is drawn as a plain page of the site instead of
/// the app: no router.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    // Outside islands nothing is hydrated, so nothing is serialised for the browser and no
    // hydration ids are taken. (Leptos's `HydrationScripts islands=true` does the same, but it
    // only runs on pages with islands and after the head.)
    if let Some(context) = Owner::current_shared_context() {
        context.set_is_hydrating(false);
    }
    let refusal = use_context::<Refusal>();
    provide_context(options.clone());
    let body = match refusal {
        None => view! { <App /> }.into_any(),
        Some(refusal) => view! { <RefusalDocument refusal /> }.into_any(),
    };
    view! {
        <!DOCTYPE html>
        <html lang=components::use_language().tag()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="theme-color" content="#0b0c0c" />
                <link rel="icon" href="/favicon.ico" />
                // consult.<hash>.css when the build hashes file names (see the server's caching).
                <HashedStylesheet options id="leptos" />
                <BrandColour />
                <MetaTags />
            </head>
            <body>{body}</body>
        </html>
    }
}

/// The site's frame around a refusal.
#[component]
fn RefusalDocument(refusal: Refusal) -> impl IntoView {
    provide_meta_context();
    view! {
        <SiteHeader />
        <div class="width-container">
            <main class="main-wrapper" id="main-content" tabindex="-1">
                <RefusalPage refusal />
            </main>
        </div>
        <SiteFooter />
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();

    view! {
        <Router>
            <SiteHeader />
            <div class="width-container">
                <main class="main-wrapper" id="main-content" tabindex="-1">
                    // Every route renders fully before the first byte is sent (SsrMode::Async):
                    // pages work without JavaScript and error pages can set their HTTP status.
                    <Routes fallback=NotFoundPage>
                        <Route path=path!("/") view=hub::views::HubPage ssr=SsrMode::Async />
                        <Route path=path!("/consultations/:slug") view=hub::views::OverviewPage ssr=SsrMode::Async />
                        <Route
                            path=path!("/consultations/:slug/respond")
                            view=respond::views::RespondPage
                            ssr=SsrMode::Async
                        />
                        <Route
                            path=path!("/consultations/:slug/respond/:token/:page")
                            view=respond::views::RespondStepPage
                            ssr=SsrMode::Async
                        />
                        <Route
                            path=path!("/consultations/:slug/saved")
                            view=respond::saved_views::SavedPage
                            ssr=SsrMode::Async
                        />
                        <Route
                            path=path!("/consultations/:slug/return")
                            view=respond::saved_views::ReturnPage
                            ssr=SsrMode::Async
                        />
                        <Route
                            path=path!("/consultations/:slug/return/:link")
                            view=respond::saved_views::ReturnLinkPage
                            ssr=SsrMode::Async
                        />
                        <Route
                            path=path!("/consultations/:slug/privacy")
                            view=privacy::views::PrivacyNoticePage
                            ssr=SsrMode::Async
                        />
                        <Route
                            path=path!("/consultations/:slug/confirmation/:reference")
                            view=respond::views::ConfirmationPage
                            ssr=SsrMode::Async
                        />
                        <Route path=path!("/staff/sign-in") view=staff::views::SignInPage ssr=SsrMode::Async />
                        <Route path=path!("/staff/forgot-password") view=staff::link_views::ForgotPasswordPage ssr=SsrMode::Async />
                        <Route path=path!("/staff/set-password/:token") view=staff::link_views::SetPasswordPage ssr=SsrMode::Async />
                        <Route path=path!("/staff") view=staff::views::StaffHomePage ssr=SsrMode::Async />
                        <Route path=path!("/staff/account") view=staff::views::AccountPage ssr=SsrMode::Async />
                        <Route path=path!("/staff/sign-in/code") view=staff::two_factor_views::SignInCodePage ssr=SsrMode::Async />
                        <Route path=path!("/staff/two-factor") view=staff::two_factor_views::TwoFactorPage ssr=SsrMode::Async />
                        <Route path=path!("/staff/settings") view=settings::views::SiteSettingsPage ssr=SsrMode::Async />
                        <Route path=path!("/staff/settings/checklist") view=settings::checklist_views::ChecklistPage ssr=SsrMode::Async />
                        <Route path=path!("/staff/settings/logo") view=settings::logo_views::LogoPage ssr=SsrMode::Async />
                        <Route path=path!("/staff/personal-data") view=privacy::requests_views::RequestsPage ssr=SsrMode::Async />
                        <Route path=path!("/staff/workspaces") view=workspaces::views::WorkspacesPage ssr=SsrMode::Async />
                        <Route path=path!("/staff/accounts") view=workspaces::views::AccountsPage ssr=SsrMode::Async />
                        <Route path=path!("/staff/accounts/:id") view=workspaces::views::AccountDetailsPage ssr=SsrMode::Async />
                        <Route path=path!("/staff/audit") view=audit::views::AuditPage ssr=SsrMode::Async />
                        <Route
                            path=path!("/staff/workspaces/:code")
                            view=workspaces::views::WorkspaceMembersPage
                            ssr=SsrMode::Async
                        />
                        <Route
                            path=path!("/staff/consultations/:slug/review")
                            view=workflow::views::ReviewPage
                            ssr=SsrMode::Async
                        />
                        <Route
                            path=path!("/staff/consultations/:slug/outcome")
                            view=workflow::outcome_views::OutcomePage
                            ssr=SsrMode::Async
                        />
                        <Route
                            path=path!("/staff/consultations/:slug/personal-data")
                            view=privacy::views::PersonalDataPage
                            ssr=SsrMode::Async
                        />
                        <Route
                            path=path!("/staff/consultations/:slug/results")
                            view=results::views::ResultsPage
                            ssr=SsrMode::Async
                        />
                        <Route
                            path=path!("/staff/consultations/:slug/results/compare")
                            view=results::filter_views::CompareQuestionsPage
                            ssr=SsrMode::Async
                        />
                        <Route
                            path=path!("/staff/downloads/:token")
                            view=results::prepared_views::PreparedDownloadPage
                            ssr=SsrMode::Async
                        />
                        <Route
                            path=path!("/staff/consultations/:slug/responses")
                            view=results::responses_views::ResponsesPage
                            ssr=SsrMode::Async
                        />
                        <Route
                            path=path!("/staff/consultations/:slug/welsh")
                            view=translation::views::WelshVersionPage
                            ssr=SsrMode::Async
                        />
                        <Route
                            path=path!("/staff/consultations/:slug/enter-response")
                            view=entry::views::EntryPage
                            ssr=SsrMode::Async
                        />
                        <Route
                            path=path!("/staff/consultations/:slug/responses/:reference")
                            view=results::responses_views::ResponsePage
                            ssr=SsrMode::Async
                        />
                        <Route
                            path=path!("/staff/consultations/:slug/answers/:key")
                            view=results::responses_views::TextAnswersPage
                            ssr=SsrMode::Async
                        />
                        <Route
                            path=path!("/staff/consultations/new")
                            view=builder::details_views::NewConsultationPage
                            ssr=SsrMode::Async
                        />
                        <Route
                            path=path!("/staff/consultations/:slug/details")
                            view=builder::details_views::ConsultationDetailsPage
                            ssr=SsrMode::Async
                        />
                        <Route
                            path=path!("/staff/consultations/:slug/questions/:key")
                            view=builder::question_views::QuestionEditorPage
                            ssr=SsrMode::Async
                        />
                        <Route path=path!("/staff/library") view=library::views::LibraryStaffPage ssr=SsrMode::Async />
                        <Route
                            path=path!("/staff/consultations/:slug/documents")
                            view=documents::views::DocumentsStaffPage
                            ssr=SsrMode::Async
                        />
                        <Route
                            path=path!("/staff/consultations/:slug/questionnaire")
                            view=builder::views::QuestionnairePage
                            ssr=SsrMode::Async
                        />
                        <Route
                            path=path!("/staff/consultations/:slug/preview")
                            view=builder::preview_views::StaffPreviewPage
                            ssr=SsrMode::Async
                        />
                        <Route
                            path=path!("/preview/:token")
                            view=builder::preview_views::SharedPreviewPage
                            ssr=SsrMode::Async
                        />
                    </Routes>
                </main>
            </div>
            <SiteFooter />
        </Router>
    }
}

/// The browser entry point, called by the `frontend` crate's WASM before Leptos's island script
/// brings each island on the page to life.
#[cfg(feature = "hydrate")]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
