//! The question library's standard blocks: sets of questions every council asks in the same
//! words, inserted into a questionnaire as a copy (fresh keys, changed like any question after).
//!
//! The "About you" block asks the equality monitoring questions in the categories of the 2021
//! Census for England and Wales (Office for National Statistics), each optional, each with
//! "Prefer not to say", after a paragraph saying why they are asked.

use super::questionnaire::{ChoiceOption, Question, QuestionKind};

/// A standard block: its code (in the builder's button), its name and what it is for.
pub struct LibraryBlock {
    pub code: &'static str,
    pub name: &'static str,
    pub description: &'static str,
    /// The messages of `name` and `description` on staff pages (`interface_text`).
    pub name_id: &'static str,
    pub description_id: &'static str,
    /// The title of the page the block is added as.
    pub page_title: &'static str,
}

pub const ABOUT_YOU: LibraryBlock = LibraryBlock {
    code: "about_you",
    name: "About you (equality monitoring)",
    description: "Age, sex, gender identity, ethnic group, disability, religion or belief and sexual orientation, in the 2021 Census categories. Every question is optional and has \u{201c}Prefer not to say\u{201d}; a paragraph tells respondents why they are asked.",
    name_id: "staff-block-about-you",
    description_id: "staff-block-about-you-about",
    page_title: "About you",
};

pub const ABOUT_RESPONSE: LibraryBlock = LibraryBlock {
    code: "about_response",
    name: "About this response",
    description: "Whether they respond as an individual or for an organisation (and which), their name, and whether we may publish their response (with their name, without it, or not at all), kept with each response for moderation.",
    name_id: "staff-block-about-response",
    description_id: "staff-block-about-response-about",
    page_title: "About your response",
};

/// Every standard block the builder offers.
pub const BLOCKS: [LibraryBlock; 2] = [ABOUT_YOU, ABOUT_RESPONSE];

/// The keys of the "About this response" questions and their options. Unlike every other
/// question's, they are the same in every questionnaire that asks them (a block adds them once),
/// so moderation and publishing find each response's answers by key, in every version.
pub mod standard {
    /// "Are you responding as an individual or on behalf of an organisation?"
    pub const RESPONDING_AS: &str = "std-responding-as";
    pub const AS_INDIVIDUAL: &str = "individual";
    pub const FOR_ORGANISATION: &str = "organisation";
    /// The organisation's name.
    pub const ORGANISATION: &str = "std-organisation";
    /// The respondent's name.
    pub const NAME: &str = "std-name";
    /// "May we publish your response?"
    pub const PUBLISH: &str = "std-publish";
    pub const PUBLISH_WITH_NAME: &str = "with-name";
    pub const PUBLISH_ANONYMOUSLY: &str = "anonymously";
    pub const DO_NOT_PUBLISH: &str = "not";

    /// Whether `key` is one of these (kept when copied; never made by the builder's keys, which
    /// are hexadecimal).
    pub fn is_standard_key(key: &str) -> bool {
        key.starts_with("std-")
    }
}

pub const PREFER_NOT_TO_SAY: &str = "Prefer not to say";

/// The questions of the block `code` (keys and ids empty: the edit gives fresh ones).
pub fn block_questions(code: &str) -> Option<(&'static LibraryBlock, Vec<Question>)> {
    let block = BLOCKS.iter().find(|b| b.code == code)?;
    let questions = match block.code {
        "about_you" => about_you(),
        "about_response" => about_response(),
        _ => return None,
    };
    Some((block, questions))
}

fn question(label: &str, hint: Option<&str>, kind: QuestionKind) -> Question {
    Question {
        id: 0,
        key: String::new(),
        label: label.into(),
        hint: hint.map(Into::into),
        required: false,
        guidance: None,
        kind,
    }
}

/// The labels as options, each followed by "Prefer not to say".
fn options(labels: &[&str]) -> Vec<ChoiceOption> {
    labels
        .iter()
        .chain(std::iter::once(&PREFER_NOT_TO_SAY))
        .map(|label| ChoiceOption {
            id: 0,
            key: String::new(),
            label: label.to_string(),
            other: false,
            goto: None,
        })
        .collect()
}

fn single(label: &str, hint: Option<&str>, labels: &[&str]) -> Question {
    question(
        label,
        hint,
        QuestionKind::SingleChoice {
            options: options(labels),
        },
    )
}

fn about_you() -> Vec<Question> {
    vec![
        question(
            "We ask these questions to check that our consultations hear from everyone in the area, \
             and to meet our duties under the Equality Act 2010.\n\n\
             - **Every question is optional.** Answer as many or as few as you like.\n\
             - We only report these answers as totals, never in a way that could identify you.",
            None,
            QuestionKind::Paragraph,
        ),
        single(
            "What is your age?",
            None,
            &[
                "Under 16",
                "16 to 24",
                "25 to 34",
                "35 to 44",
                "45 to 54",
                "55 to 64",
                "65 to 74",
                "75 or over",
            ],
        ),
        single("What is your sex?", None, &["Female", "Male"]),
        single(
            "Is the gender you identify with the same as your sex registered at birth?",
            None,
            &["Yes", "No"],
        ),
        question(
            "What is your ethnic group?",
            Some("Choose the option that best describes your ethnic group or background."),
            QuestionKind::Dropdown {
                options: options(&[
                    "Asian or Asian British: Indian",
                    "Asian or Asian British: Pakistani",
                    "Asian or Asian British: Bangladeshi",
                    "Asian or Asian British: Chinese",
                    "Asian or Asian British: any other Asian background",
                    "Black, Black British, Caribbean or African: Caribbean",
                    "Black, Black British, Caribbean or African: African",
                    "Black, Black British, Caribbean or African: any other Black, Black British or Caribbean background",
                    "Mixed or multiple ethnic groups: White and Black Caribbean",
                    "Mixed or multiple ethnic groups: White and Black African",
                    "Mixed or multiple ethnic groups: White and Asian",
                    "Mixed or multiple ethnic groups: any other Mixed or multiple ethnic background",
                    "White: English, Welsh, Scottish, Northern Irish or British",
                    "White: Irish",
                    "White: Gypsy or Irish Traveller",
                    "White: Roma",
                    "White: any other White background",
                    "Other ethnic group: Arab",
                    "Other ethnic group: any other ethnic group",
                ]),
            },
        ),
        single(
            "Do you have any physical or mental health conditions or illnesses lasting or expected to last 12 months or more?",
            None,
            &["Yes", "No"],
        ),
        single(
            "What is your religion?",
            None,
            &[
                "No religion",
                "Christian (all denominations)",
                "Buddhist",
                "Hindu",
                "Jewish",
                "Muslim",
                "Sikh",
                "Any other religion",
            ],
        ),
        single(
            "Which of the following best describes your sexual orientation?",
            Some("Only answer this if you are 16 or over."),
            &[
                "Straight or heterosexual",
                "Gay or lesbian",
                "Bisexual",
                "Other sexual orientation",
            ],
        ),
    ]
}

/// A choice option with a key of its own (the standard questions').
fn keyed_option(key: &str, label: &str) -> ChoiceOption {
    ChoiceOption {
        id: 0,
        key: key.into(),
        label: label.into(),
        other: false,
        goto: None,
    }
}

fn about_response() -> Vec<Question> {
    use standard::*;
    let keyed = |key: &str, mut question: Question| {
        question.key = key.into();
        question
    };
    vec![
        keyed(
            RESPONDING_AS,
            Question {
                required: true,
                ..question(
                    "Are you responding as an individual or on behalf of an organisation?",
                    None,
                    QuestionKind::SingleChoice {
                        options: vec![
                            keyed_option(AS_INDIVIDUAL, "As an individual"),
                            keyed_option(FOR_ORGANISATION, "On behalf of an organisation"),
                        ],
                    },
                )
            },
        ),
        keyed(
            ORGANISATION,
            question(
                "If you are responding on behalf of an organisation, what is its name?",
                Some("Leave this blank if you are responding as an individual."),
                QuestionKind::ShortText { max_chars: 200 },
            ),
        ),
        keyed(
            NAME,
            question(
                "Your name",
                Some("We publish it only if you say we may."),
                QuestionKind::ShortText { max_chars: 200 },
            ),
        ),
        keyed(
            PUBLISH,
            Question {
                required: true,
                ..question(
                    "May we publish your response?",
                    Some(
                        "When we report what people told us, we may publish responses or quotes from them. We remove personal details such as addresses and phone numbers first.",
                    ),
                    QuestionKind::SingleChoice {
                        options: vec![
                            keyed_option(
                                PUBLISH_WITH_NAME,
                                "Yes, with my name (or my organisation\u{2019}s name)",
                            ),
                            keyed_option(PUBLISH_ANONYMOUSLY, "Yes, but without any name"),
                            keyed_option(DO_NOT_PUBLISH, "No, do not publish my response"),
                        ],
                    },
                )
            },
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn about_this_response_has_fixed_keys_and_asks_consent() {
        let (block, questions) = block_questions("about_response").unwrap();
        assert_eq!(block.page_title, "About your response");
        let keys: Vec<&str> = questions.iter().map(|q| q.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                standard::RESPONDING_AS,
                standard::ORGANISATION,
                standard::NAME,
                standard::PUBLISH
            ]
        );
        assert!(keys.iter().all(|k| standard::is_standard_key(k)));
        assert!(questions[0].required && questions[3].required);
        assert!(!questions[1].required && !questions[2].required);
        let consent: Vec<&str> = questions[3]
            .kind
            .options()
            .iter()
            .map(|o| o.key.as_str())
            .collect();
        assert_eq!(consent, ["with-name", "anonymously", "not"]);
        for q in &questions {
            for option in q.kind.options() {
                assert!(
                    option.label.chars().count() <= super::super::question_form::MAX_OPTION_CHARS
                );
            }
        }
        assert!(!standard::is_standard_key("0123456789abcdef"));
    }

    #[test]
    fn about_you_is_optional_with_prefer_not_to_say_and_explained() {
        let (block, questions) = block_questions("about_you").unwrap();
        assert_eq!(block.page_title, "About you");
        assert_eq!(questions[0].kind, QuestionKind::Paragraph);
        assert!(questions[0].label.contains("Equality Act 2010"));
        let asked: Vec<&Question> = questions.iter().filter(|q| !q.kind.is_content()).collect();
        assert_eq!(asked.len(), 7);
        for q in &asked {
            assert!(!q.required, "{}", q.label);
            let options = q.kind.options();
            assert_eq!(
                options.last().map(|o| o.label.as_str()),
                Some(PREFER_NOT_TO_SAY),
                "{}",
                q.label
            );
            // The editor's own rules hold: options different, none too long.
            for (i, option) in options.iter().enumerate() {
                assert!(
                    option.label.chars().count() <= super::super::question_form::MAX_OPTION_CHARS
                );
                assert!(
                    options[..i]
                        .iter()
                        .all(|o| !o.label.eq_ignore_ascii_case(&option.label)),
                    "{}",
                    option.label
                );
            }
        }
        let ethnic = asked.iter().find(|q| q.label.contains("ethnic")).unwrap();
        assert_eq!(
            ethnic.kind.options().len(),
            20,
            "19 census groups and prefer not to say"
        );
        assert!(block_questions("nothing").is_none());
    }
}

/// The longest name a saved question is listed under (its label, cut).
pub const MAX_SAVED_NAME_CHARS: usize = 150;

/// A question (or content block) as the library keeps it: its wording and settings, with no
/// row ids and no keys (each insertion gives fresh ones, so answers to one copy are never
/// counted with another).
pub fn saved_copy(question: &Question) -> Question {
    super::questionnaire_edit::with_fresh_keys(question.clone(), &mut String::new)
}

/// What the library lists a saved question as: its label, or a block's text, on one line, cut
/// to `MAX_SAVED_NAME_CHARS`.
pub fn saved_name(question: &Question) -> String {
    let line = question
        .label
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let line = line.trim_start_matches('#').trim();
    if line.chars().count() <= MAX_SAVED_NAME_CHARS {
        return line.to_string();
    }
    let cut: String = line.chars().take(MAX_SAVED_NAME_CHARS - 1).collect();
    format!("{}\u{2026}", cut.trim_end())
}

#[cfg(test)]
mod saved_tests {
    use super::*;

    #[test]
    fn a_saved_copy_has_no_ids_or_keys_and_the_same_wording() {
        let (_, questions) = block_questions("about_you").unwrap();
        let mut question = questions[1].clone();
        question.id = 7;
        question.key = "k1".into();
        for (n, option) in question.kind.option_lists_mut()[0].iter_mut().enumerate() {
            option.id = n as i64 + 1;
            option.key = format!("o{n}");
        }
        let copy = saved_copy(&question);
        assert_eq!((copy.id, copy.key.as_str()), (0, ""));
        assert!(
            copy.kind
                .options()
                .iter()
                .all(|o| o.id == 0 && o.key.is_empty())
        );
        assert_eq!(copy.label, question.label);
        assert_eq!(copy.kind.options().len(), question.kind.options().len());
        assert_eq!(
            saved_copy(&copy),
            copy,
            "saving a copy again changes nothing"
        );
    }

    #[test]
    fn saved_names_are_one_line_and_short() {
        let mut question = question("  What is\n your   age? ", None, QuestionKind::Heading);
        assert_eq!(saved_name(&question), "What is your age?");
        question.label = "x".repeat(400);
        let name = saved_name(&question);
        assert_eq!(name.chars().count(), MAX_SAVED_NAME_CHARS);
        assert!(name.ends_with('\u{2026}'));
    }
}
