#include "HelloExchange.h"

#include "HelloConversation.h"

#include <utility>

HelloExchange::HelloExchange(QHostAddress address, quint16 port, int connectTimeoutMs, int readTimeoutMs)
    : m_address(std::move(address))
    , m_port(port)
    , m_connectTimeoutMs(connectTimeoutMs)
    , m_readTimeoutMs(readTimeoutMs)
{ }

Result<HelloAnswer> HelloExchange::run(const ClientHelloOptions &options, ReadUntil until)
{
    m_connectFailed = false;
    auto hello = ClientHelloBuilder(options).build();
    if (!hello)
        return Error { hello.error() };
    return runBytes(hello.value(), until);
}

Result<HelloAnswer> HelloExchange::runBytes(const QByteArray &hello, ReadUntil until)
{
    // A conversation that hangs up as soon as the answer is read.
    HelloConversation conversation(m_address, m_port, m_connectTimeoutMs, m_readTimeoutMs);
    conversation.setCancelFlag(m_cancel);
    auto answer = conversation.openBytes(hello, until);
    m_connectFailed = conversation.connectFailed();
    return answer;
}
