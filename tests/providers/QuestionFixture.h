#pragma once

// Questions made up for the question tests: one of a type with its texts, and a several-choices
// question with an expectation on both sides.
#include "providers/Question.h"

using namespace Qt::StringLiterals;

inline Question makeQuestion(Question::Type type)
{
    Question question;
    question.id = u"test.question"_s;
    question.type = type;
    question.text = u"Question?"_s;
    question.why = u"Why."_s;
    question.good = u"Good."_s;
    question.kinds = { ProviderKind::WebHost };
    return question;
}

inline Question choicesQuestion()
{
    Question question = makeQuestion(Question::Type::Choices);
    question.choices
        = { { u"ssl3"_s, u"SSL 3.0"_s }, { u"tls12"_s, u"TLS 1.2"_s }, { u"tls13"_s, u"TLS 1.3"_s } };
    question.expected.anyOf = { u"tls12"_s, u"tls13"_s };
    question.expected.noneOf = { u"ssl3"_s };
    return question;
}
